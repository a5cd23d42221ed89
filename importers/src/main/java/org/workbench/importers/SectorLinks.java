package org.workbench.importers;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.workbench.domain.InputFields;
import org.workbench.domain.ItemKind;
import org.workbench.domain.MultiplierType;
import org.workbench.domain.SectorLink;

/**
 * Turns the Sector cells of sheet Industries into links to stored multiplier sets, through the app's
 * {@link SectorLookup}. A row's set is its Multiplier set cell, or else the Scenario sheet's Multiplier set field;
 * its type is its Multiplier type cell, Type II when blank. An empty Employment multiplier cell takes the sector's
 * multiplier; a typed one that differs from it is kept, as an override. Every problem is reported at its cell.
 */
final class SectorLinks {
    static final int SECTOR = InputFields.indexOf(InputFields.get(ItemKind.INDUSTRY, "sectorLink"));
    static final int MULTIPLIER = InputFields.indexOf(InputFields.get(ItemKind.INDUSTRY, "employmentMultiplier"));
    static final int SET = InputFields.INDUSTRY_FIELDS.size() + LinkColumn.SET.ordinal();
    static final int TYPE = InputFields.INDUSTRY_FIELDS.size() + LinkColumn.TYPE.ordinal();

    // "Name (2020)", "Name（2020）", "Name 2020", "Name, 2020"
    private static final Pattern REFERENCE = Pattern.compile("^(.*?\\S)[\\s,，]*[(（]?\\s*(\\d{4})\\s*[)）]?$");

    /** The Scenario sheet's Multiplier set field: its text, cell and header as the file spells it. */
    record ScenarioField(String sheet, @Nullable String cell, String header, String text) {}

    private final ProblemLog log;
    private final @Nullable SectorLookup lookup;
    private final @Nullable ScenarioField scenarioField;

    SectorLinks(ProblemLog log, @Nullable SectorLookup lookup, @Nullable ScenarioField scenarioField) {
        this.log = log;
        this.lookup = lookup;
        this.scenarioField = scenarioField;
    }

    /** A set reference's name and vintage, or null when the text names none. */
    record Reference(String name, int vintage) {
        static @Nullable Reference parse(String text) {
            Matcher m = REFERENCE.matcher(text.strip());
            return m.matches() ? new Reference(m.group(1).strip(), Integer.parseInt(m.group(2))) : null;
        }
    }

    /**
     * Resolves the row in place: the Sector value becomes a link (or null), the multiplier the sector's when its cell
     * was blank; then cuts the row to the industry's fields.
     */
    @Nullable
    Object[] resolve(SheetTable table, SheetTable.Row row, boolean multiplierBlank) {
        @Nullable Object[] v = row.values().clone();
        Object code = v[SECTOR];
        v[SECTOR] = null;
        if (code instanceof String sector && !sector.isBlank()) {
            v[SECTOR] = link(table, row, sector.strip(), multiplierBlank, v);
        }
        @Nullable Object[] fields = new Object[InputFields.INDUSTRY_FIELDS.size()];
        System.arraycopy(v, 0, fields, 0, fields.length);
        return fields;
    }

    private @Nullable SectorLink link(
            SheetTable table, SheetTable.Row row, String sector, boolean multiplierBlank, @Nullable Object[] v) {
        int r = row.rowNumber();
        if (lookup == null) {
            log.add(
                    table.sheet,
                    table.ref(SECTOR, r),
                    table.headerOf(SECTOR),
                    sector,
                    null,
                    Severity.WARNING,
                    Message.of("problem.link.notLookedUp", sector));
            return null;
        }
        MultiplierType type = MultiplierType.TYPE_II;
        if (v[TYPE] instanceof String typeText && !typeText.isBlank()) {
            MultiplierType parsed = MultiplierType.parse(typeText);
            if (parsed == null) {
                error(table.sheet, table.ref(TYPE, r), table.headerOf(TYPE), typeText, "type", "problem.link.type");
                return null;
            }
            type = parsed;
        }
        String sheet = table.sheet;
        String cell = table.ref(SET, r);
        String header = table.headerOf(SET);
        String text = v[SET] instanceof String s && !s.isBlank() ? s : null;
        if (text == null && scenarioField != null) {
            sheet = scenarioField.sheet();
            cell = scenarioField.cell();
            header = scenarioField.header();
            text = scenarioField.text();
        }
        if (text == null) {
            error(table.sheet, table.ref(SECTOR, r), table.headerOf(SECTOR), sector, "set", "problem.link.noSet");
            return null;
        }
        Reference ref = Reference.parse(text);
        if (ref == null) {
            error(sheet, cell, header, text, "set", "problem.link.setReference");
            return null;
        }
        String shown = ref.name() + " (" + ref.vintage() + ")";
        switch (lookup.find(ref.name(), ref.vintage(), sector, type)) {
            case SectorLookup.UnknownSet x -> {
                error(sheet, cell, header, text, "set", "problem.link.unknownSet", shown);
                return null;
            }
            case SectorLookup.UnknownSector x -> {
                error(
                        table.sheet,
                        table.ref(SECTOR, r),
                        table.headerOf(SECTOR),
                        sector,
                        "sector",
                        "problem.link.unknownSector",
                        shown);
                return null;
            }
            case SectorLookup.NoMultiplier x -> {
                error(
                        table.sheet,
                        table.ref(SECTOR, r),
                        table.headerOf(SECTOR),
                        sector,
                        "sector",
                        "problem.link.noMultiplier",
                        shown);
                return null;
            }
            case SectorLookup.Linked linked -> {
                SectorLink link = linked.link();
                if (multiplierBlank || !(v[MULTIPLIER] instanceof Double typed)) {
                    v[MULTIPLIER] = link.derived();
                    return link;
                }
                return link.withOverride(!link.agreesWith(typed));
            }
        }
    }

    private void error(
            @Nullable String sheet,
            @Nullable String cell,
            String header,
            String found,
            String expected,
            String key,
            Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = found;
        System.arraycopy(more, 0, args, 1, more.length);
        log.add(
                sheet,
                cell,
                header,
                found,
                Message.of("expected.link." + expected),
                Severity.ERROR,
                Message.of(key, args));
    }

    /** Which rows' Employment multiplier cell was blank, by their position among the sheet's rows. */
    static final class BlankMultipliers {
        private final BitSet rows = new BitSet();

        void note(int position, @Nullable CellValue multiplierCell) {
            if (multiplierCell == null || multiplierCell.blank()) {
                rows.set(position);
            }
        }

        boolean blank(int position) {
            return rows.get(position);
        }
    }
}
