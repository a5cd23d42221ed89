package org.workbench.web.multiplier;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import org.workbench.domain.MultiplierType;
import org.workbench.domain.Scenario;
import org.workbench.domain.SectorLink;
import org.workbench.domain.multiplier.Derivation;
import org.workbench.domain.multiplier.InputOutputTable;
import org.workbench.domain.multiplier.MultiplierSet;
import org.workbench.importers.ImportOptions;
import org.workbench.importers.SectorLookup;
import org.workbench.importers.TableExporter;
import org.workbench.importers.TableImportResult;
import org.workbench.importers.TableImporter;
import org.workbench.web.audit.AuditAction;
import org.workbench.web.audit.AuditTrail;

/**
 * Multiplier sets from upload to display. Everyone signed in reads them; staff, planners and admins upload. A set is
 * stored once, with the table it came from, and never changed.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class MultiplierService {
    static final String SCENARIO_WRITERS = org.workbench.web.base.Roles.SCENARIO_WRITERS;
    static final String WRITERS = "hasAnyRole('ADMIN', 'PLANNER', 'STAFF')";
    private static final List<String> WRITER_AUTHORITIES = List.of("ROLE_ADMIN", "ROLE_PLANNER", "ROLE_STAFF");

    private final MultiplierSetRepository sets;
    private final MultiplierSetContentRepository contents;
    private final MultiplierSetUseRepository uses;
    private final AuditTrail auditTrail;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final DerivedSets derived = new DerivedSets();
    private final long maxBytes;

    MultiplierService(
            MultiplierSetRepository sets,
            MultiplierSetContentRepository contents,
            MultiplierSetUseRepository uses,
            AuditTrail auditTrail,
            Clock clock,
            PlatformTransactionManager transactionManager,
            @Value("${workbench.multipliers.max-file-size:20MB}") DataSize maxFileSize) {
        this.sets = sets;
        this.contents = contents;
        this.uses = uses;
        this.auditTrail = auditTrail;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactionManager);
        this.maxBytes = maxFileSize.toBytes();
    }

    /** Whether the current user may upload tables (the view shows the upload only then). */
    public boolean canUpload() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(WRITER_AUTHORITIES::contains);
    }

    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Reads a table workbook, derives its set and stores it, or says why not; a refused file changes nothing but
     * the audit log.
     */
    @PreAuthorize(WRITERS)
    public SetUpload upload(InputStream in, String fileName) throws IOException {
        String name = fileName.length() > 255 ? fileName.substring(fileName.length() - 255) : fileName;
        Path temp = Files.createTempFile("multiplier-upload-", ".bin");
        try {
            String sha256 = spool(in, temp);
            if (sha256 == null) {
                refused(name, "", "size");
                return new SetUpload.TooLarge(maxBytes);
            }
            TableImportResult result = TableImporter.read(temp, name, ImportOptions.defaults());
            if (!(result instanceof TableImportResult.Imported imported)) {
                long errors =
                        result.problems().stream().filter(p -> p.isError()).count();
                refused(name, sha256, String.valueOf(errors));
                return new SetUpload.Refused(result.problems());
            }
            MultiplierSet set = imported.set();
            try {
                SetSummary stored = transaction.execute(status -> store(set, name, sha256));
                derived.put(stored.id(), set);
                return new SetUpload.Stored(stored, imported.warnings());
            } catch (DataIntegrityViolationException duplicate) {
                refused(name, sha256, "duplicate");
                return new SetUpload.Duplicate(set.label().name(), set.label().vintage());
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private SetSummary store(MultiplierSet set, String fileName, String sha256) {
        if (sets.existsByNameAndVintage(set.label().name(), set.label().vintage())) {
            throw new DataIntegrityViolationException("set exists");
        }
        var entity = new MultiplierSetEntity();
        entity.setName(set.label().name());
        entity.setVintage(set.label().vintage());
        entity.setSource(set.label().source());
        entity.setDelta(set.label().delta());
        entity.setSectorCount(set.table().size());
        entity.setRegional(set.regional());
        entity.setFileName(fileName);
        entity.setSha256(sha256);
        entity.setUploadedBy(currentUser());
        entity.setUploadedAt(clock.instant());
        sets.saveAndFlush(entity);
        var content = new MultiplierSetContentEntity();
        content.setSetId(java.util.Objects.requireNonNull(entity.getId()));
        content.setTableJson(TableJson.write(set.table()));
        content.setMultipliers(TableJson.writeMultipliers(set.multipliers()));
        contents.saveAndFlush(content);
        auditTrail.record(
                AuditAction.FILE_IMPORTED,
                "multiplier-set:" + entity.getId(),
                Map.of(
                        "fileName",
                        fileName,
                        "sha256",
                        sha256,
                        "set",
                        set.label().name() + " " + set.label().vintage(),
                        "sectors",
                        String.valueOf(set.table().size())));
        return SetSummary.of(entity);
    }

    private void refused(String fileName, String sha256, String why) {
        auditTrail.record(
                AuditAction.FILE_REJECTED,
                "multiplier-set",
                Map.of("fileName", fileName, "sha256", sha256, "errors", why));
    }

    /** Copies at most the upload limit; the SHA-256 of what was copied, or null when the file is larger. */
    private @org.jspecify.annotations.Nullable String spool(InputStream in, Path temp) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (var hashing = new DigestInputStream(in, digest);
                OutputStream out = Files.newOutputStream(temp)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read; (read = hashing.read(buffer)) >= 0; ) {
                total += read;
                if (total > maxBytes) {
                    return null;
                }
                out.write(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public List<SetSummary> list() {
        return sets.findAllByOrderByNameAscVintageDesc().stream()
                .map(SetSummary::of)
                .toList();
    }

    public Optional<SetDetail> get(long id) {
        return sets.findById(id)
                .flatMap(set -> contents.findMultipliers(id)
                        .map(m -> new SetDetail(SetSummary.of(set), TableJson.readMultipliers(m))));
    }

    // ---- links from scenarios (see SetUses)

    /** Looks up the sets a workbook's Industries sheet names, for an upload's preview. */
    public SectorLookup sectorLookup() {
        return new StoredSectors(sets, contents);
    }

    /** The link to sector {@code code} of set {@code id}; empty for an unknown set or sector, or one without jobs. */
    public Optional<SectorLink> link(long id, String code, MultiplierType type) {
        return new StoredSectors(sets, contents).find(id, code, type) instanceof SectorLookup.Linked linked
                ? Optional.of(linked.link())
                : Optional.empty();
    }

    /** How many scenarios use the set; from the first, it can no longer be removed. */
    public long usage(long id) {
        return uses.countBySetId(id);
    }

    /**
     * Checks every link of a scenario that is being saved against the stored sets and records that the scenario uses
     * them, in the caller's transaction: a link to a removed set, an unknown sector or another value refuses the save.
     *
     * @throws SetLinkRefusedException naming the industry and what is wrong
     */
    @PreAuthorize(SCENARIO_WRITERS)
    @Transactional
    public void pin(long scenarioId, Scenario scenario) {
        new SetUses(sets, contents, uses).pin(scenarioId, scenario);
    }

    /**
     * Removes a set no scenario uses, with its table; a used set stays as it is. Its uploader or an admin may.
     *
     * @throws AccessDeniedException for anyone else
     */
    @PreAuthorize(WRITERS)
    public SetRemoval remove(long id) {
        Optional<MultiplierSetEntity> found = sets.findById(id);
        if (found.isEmpty()) {
            return new SetRemoval.NotFound();
        }
        MultiplierSetEntity set = found.get();
        if (!set.getUploadedBy().equals(currentUser()) && !isAdmin()) {
            throw new AccessDeniedException("only its uploader or an admin removes set " + id);
        }
        long used = uses.countBySetId(id);
        if (used > 0) {
            return new SetRemoval.InUse(set.getName(), set.getVintage(), used);
        }
        try {
            transaction.executeWithoutResult(status -> {
                contents.deleteById(id);
                sets.deleteById(id);
                sets.flush();
                auditTrail.record(
                        AuditAction.MULTIPLIER_SET_REMOVED,
                        "multiplier-set:" + id,
                        Map.of("set", set.getName() + " " + set.getVintage()));
            });
        } catch (DataIntegrityViolationException usedMeanwhile) {
            return new SetRemoval.InUse(set.getName(), set.getVintage(), Math.max(1, uses.countBySetId(id)));
        }
        derived.remove(id);
        return new SetRemoval.Removed(set.getName(), set.getVintage());
    }

    /** Whether the current user may remove this set (its uploader, or an admin), used or not. */
    public boolean canRemove(long id) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return canUpload()
                && sets.findById(id)
                        .map(s -> auth != null && (s.getUploadedBy().equals(auth.getName()) || isAdmin()))
                        .orElse(false);
    }

    private static boolean isAdmin() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null
                && auth.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch("ROLE_ADMIN"::equals);
    }

    /** How sector {@code code}'s multipliers are made; empty for an unknown set or sector. */
    public Optional<Derivation> derivation(long id, String code, boolean regional) {
        return derivedSet(id)
                .flatMap(set -> set.table()
                        .position(code)
                        .filter(j -> !regional || set.regional())
                        .map(j -> set.derivation(j, regional)));
    }

    /** Writes the set as a workbook (its table, A, L and multipliers); false for an unknown set. */
    public boolean exportWorkbook(long id, Locale locale, OutputStream out) throws IOException {
        Optional<MultiplierSet> set = derivedSet(id);
        if (set.isEmpty()) {
            return false;
        }
        TableExporter.writeSet(set.get(), locale, out);
        return true;
    }

    private Optional<MultiplierSet> derivedSet(long id) {
        MultiplierSet cached = derived.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        return contents.findById(id).map(content -> {
            InputOutputTable table = TableJson.read(content.getTableJson());
            MultiplierSet set = MultiplierSet.derive(table);
            derived.put(id, set);
            return set;
        });
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null) {
            throw new AccessDeniedException("no signed-in user");
        }
        return auth.getName();
    }
}
