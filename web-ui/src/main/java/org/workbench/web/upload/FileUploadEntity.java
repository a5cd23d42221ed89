package org.workbench.web.upload;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import lombok.Setter;
import org.hibernate.annotations.SecondaryRow;
import org.jspecify.annotations.Nullable;

/**
 * One line of the import history. Written once; the removal of a rejected original is noted later in a table of
 * its own, read with the entry.
 */
@Entity
@Table(name = "file_upload")
@SecondaryTable(name = "upload_original_removed", pkJoinColumns = @PrimaryKeyJoinColumn(name = "upload_id"))
@SecondaryRow(table = "upload_original_removed", optional = true)
@Getter
@Setter
class FileUploadEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName = "";

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Column(nullable = false, length = 64)
    private String sha256 = "";

    @Column(name = "uploaded_by", nullable = false, length = 64)
    private String uploadedBy = "";

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt = Instant.EPOCH;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private UploadOutcome outcome = UploadOutcome.REJECTED;

    @Column(name = "scenario_id")
    private @Nullable Long scenarioId;

    @Column(name = "scenario_revision")
    private @Nullable Integer scenarioRevision;

    @Column(name = "scenario_name", length = 200)
    private @Nullable String scenarioName;

    @Column(name = "error_count", nullable = false)
    private int errorCount;

    @Column(name = "warning_count", nullable = false)
    private int warningCount;

    /** When the clean-up deleted the original of this rejected upload; null while it is kept. */
    @Column(name = "removed_at", table = "upload_original_removed")
    private @Nullable Instant originalRemovedAt;
}
