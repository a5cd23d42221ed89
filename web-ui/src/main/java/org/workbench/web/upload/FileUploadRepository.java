package org.workbench.web.upload;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FileUploadRepository extends JpaRepository<FileUploadEntity, Long> {

    List<FileUploadEntity> findBySha256OrderByUploadedAtDesc(String sha256);

    List<FileUploadEntity> findAllByOrderByUploadedAtDescIdDesc();

    boolean existsByUploadedByIgnoreCase(String uploadedBy);

    List<FileUploadEntity> findByOutcomeAndUploadedAtBeforeAndOriginalRemovedAtIsNull(
            UploadOutcome outcome, Instant before);

    /** Whether some entry still keeps the original: a committed one, or a rejected one not yet expired. */
    boolean existsBySha256AndOriginalRemovedAtIsNull(String sha256);
}
