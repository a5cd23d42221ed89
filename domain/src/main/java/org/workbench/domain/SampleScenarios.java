package org.workbench.domain;

import static org.workbench.domain.IncentiveType.EQUITY;
import static org.workbench.domain.IncentiveType.JOB_SUBSIDY;
import static org.workbench.domain.IncentiveType.LAND_DISCOUNT;
import static org.workbench.domain.IncentiveType.RD_GRANT;
import static org.workbench.domain.IncentiveType.TALENT_SUBSIDY;
import static org.workbench.domain.IncentiveType.TAX_REBATE;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Three illustrative scenarios inspired by Hefei's industrial policy. The figures are plausible orders of magnitude
 * in yuan, reasoned in the comments; they are not official data and say so in their descriptions.
 *
 * <p>Shared assumptions: base year 2024; discount rate 4% (long local-government special bonds yield about 2.5-3.5%,
 * plus a margin for project risk); household size 2.6 (Anhui's census average is about 2.5-2.7 persons); half of the
 * new jobs filled by people moving in; 10,000 yuan a year of extra public services per new resident (Hefei spends
 * about 13,000 yuan of general budget per resident, not all of which grows with newcomers).
 */
public final class SampleScenarios {
    public static final String HEFEI_CONCENTRATED_BET = "hefei-concentrated-bet";
    public static final String DIVERSIFIED_SUBSIDIES = "diversified-subsidies";
    public static final String SCIENCE_CITY = "science-city";

    private static final int BASE_YEAR = 2024;

    private SampleScenarios() {}

    public static final String NIO_STAKE_2020 = PublicCaseSamples.NIO_STAKE_2020;
    public static final String BOE_GEN6_2008 = PublicCaseSamples.BOE_GEN6_2008;
    public static final String RUGAO_SINGLE_BET = PublicCaseSamples.RUGAO_SINGLE_BET;
    public static final String FOXCONN_CLAWBACK = PublicCaseSamples.FOXCONN_CLAWBACK;

    /** The three illustrative samples with version 1 inputs only, as a version 1 workbook holds them. */
    public static List<SampleScenario> all() {
        return List.of(hefeiConcentratedBet(), diversifiedSubsidies(), scienceCity());
    }

    /**
     * Version 2 samples: the three illustrative ones with the city's budget, risks and ranges (see
     * {@link SampleRisks}), then the four built on public cases (NIO 2020, BOE 2008, a Rugao-style bet, a
     * Foxconn-style promise with actuals).
     */
    public static List<SampleScenario> version2() {
        List<SampleScenario> samples = new java.util.ArrayList<>();
        for (SampleScenario sample : all()) {
            samples.add(new SampleScenario(
                    sample.id(),
                    sample.nameKey(),
                    sample.descriptionKey(),
                    SampleRisks.of(sample.id(), sample.scenario())));
        }
        samples.addAll(PublicCaseSamples.all());
        return List.copyOf(samples);
    }

    /** A sample by id: the version 1 form of the three illustrative ones, or one of the public cases. */
    public static Optional<SampleScenario> byId(String id) {
        return all().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .or(() -> PublicCaseSamples.all().stream()
                        .filter(s -> s.id().equals(id))
                        .findFirst());
    }

    private static ScenarioSettings settings(String name, int horizon, String description) {
        return new ScenarioSettings(
                name, "Hefei (illustrative)", BASE_YEAR, horizon, 0.04, 2.6, 0.5, 10_000, "CNY", description);
    }

    /**
     * Large guidance-fund stakes in two anchor industries, sweetened with land. The jobs of each anchor are committed
     * once, on its equity stake; the land discounts carry no jobs of their own so that nothing is counted twice.
     */
    static SampleScenario hefeiConcentratedBet() {
        var settings = settings(
                "Hefei-style concentrated bet (illustrative)",
                15,
                "Illustrative only: guidance-fund equity in electric vehicles and displays, with land discounts.");
        var industries = List.of(
                // Car making adds roughly 400-600k yuan per worker; electric-vehicle plants are at the upper end.
                // Wages near Hefei's manufacturing average (~110-130k). Local share of VAT and income taxes on
                // value added ~8%. Type II multiplier of car making with its supply chain ~2.2; some workers are
                // poached from existing local plants (15%). Baseline: the city's existing car jobs, ~120k.
                new Industry("NEV", "New energy vehicles", 120_000, 600_000, 0.04, 120_000, 0.08, 2.2, 0.15),
                // Display fabs are capital-heavy: high value added per worker (~800k), multiplier lower (1.9)
                // because much equipment is imported; displacement small, the skills are new to the city.
                new Industry("DISPLAY", "New displays", 60_000, 800_000, 0.03, 110_000, 0.08, 1.9, 0.10));
        var incentives = List.of(
                // Order of Hefei's 2020 stake in NIO's China unit (7bn). An anchor relocating its headquarters would
                // likely not have come without the deal: but-for 0.5, far above Bartik's medians. Exit at 3x after
                // four years, well below NIO's 5.5x, as a cautious planner would assume.
                incentive(
                        "NEV-ANCHOR", "Anchor carmaker stake", EQUITY, "NEV", 2025, 1, 10_000, 4, 0.5, 7e9, 2029, 3.0),
                // Battery and parts suppliers following the anchor: a smaller stake, more of them would have come
                // anyway (0.4); exit at 2x after six years.
                incentive(
                        "NEV-SUPPLY", "Battery supplier stake", EQUITY, "NEV", 2027, 1, 4_000, 3, 0.4, 2e9, 2033, 2.0),
                // A Gen-10.5-style fab: the city's share of equity ~6bn, ~6,000 jobs; 1.8x by 2034.
                incentive("DISP-FAB", "Display fab stake", EQUITY, "DISPLAY", 2026, 1, 6_000, 3, 0.6, 6e9, 2034, 1.8),
                // ~3,000 mu of industrial land at ~400k yuan per mu forgone for the car plant.
                incentive(
                        "NEV-LAND",
                        "Land for the car plant",
                        LAND_DISCOUNT,
                        "NEV",
                        2025,
                        1,
                        0,
                        1,
                        0.5,
                        1.2e9,
                        null,
                        null),
                // ~2,000 mu for the fab.
                incentive(
                        "DISP-LAND",
                        "Land for the fab",
                        LAND_DISCOUNT,
                        "DISPLAY",
                        2026,
                        1,
                        0,
                        1,
                        0.6,
                        0.8e9,
                        null,
                        null));
        return new SampleScenario(
                HEFEI_CONCENTRATED_BET,
                "sample.hefeiConcentratedBet.name",
                "sample.hefeiConcentratedBet.description",
                new Scenario(settings, industries, incentives));
    }

    /**
     * Many small subsidies across six industries. But-for shares sit near Bartik's range (12.7% median over all
     * studies, up to 25%): per-job subsidies mostly pay firms for hiring they would have done anyway.
     */
    static SampleScenario diversifiedSubsidies() {
        var settings = settings(
                "Diversified subsidies (illustrative)",
                15,
                "Illustrative only: per-job and talent subsidies spread over six industries.");
        var industries = List.of(
                // Value added per worker, wages and multipliers: rough national orders for each sector.
                new Industry("SEMI", "Integrated circuits", 30_000, 700_000, 0.05, 150_000, 0.08, 2.0, 0.15),
                new Industry("BIO", "Biomedicine", 25_000, 550_000, 0.05, 130_000, 0.09, 1.8, 0.15),
                new Industry("AI", "AI and software", 40_000, 450_000, 0.06, 180_000, 0.07, 1.7, 0.25),
                new Industry("EQUIP", "High-end equipment", 50_000, 400_000, 0.03, 100_000, 0.08, 2.1, 0.20),
                new Industry("MAT", "New materials", 20_000, 500_000, 0.03, 95_000, 0.08, 1.9, 0.20),
                // Logistics: low value added per worker, high displacement (competes with existing local firms).
                new Industry("LOGI", "Modern logistics", 80_000, 220_000, 0.02, 80_000, 0.06, 1.5, 0.40));
        var incentives = List.of(
                // Local hiring subsidies typically run 5-20k yuan per job per year for a few years.
                incentive("SEMI-JOBS", "Chip hiring subsidy", JOB_SUBSIDY, "SEMI", 2025, 3, 3_000, 3, 0.20, 20_000),
                incentive("BIO-JOBS", "Biotech hiring subsidy", JOB_SUBSIDY, "BIO", 2025, 3, 2_000, 3, 0.18, 15_000),
                incentive("AI-JOBS", "Software hiring subsidy", JOB_SUBSIDY, "AI", 2025, 3, 3_000, 2, 0.127, 12_000),
                incentive(
                        "EQUIP-JOBS",
                        "Equipment hiring subsidy",
                        JOB_SUBSIDY,
                        "EQUIP",
                        2026,
                        3,
                        2_500,
                        3,
                        0.15,
                        10_000),
                incentive("MAT-JOBS", "Materials hiring subsidy", JOB_SUBSIDY, "MAT", 2026, 3, 1_500, 3, 0.15, 10_000),
                incentive("LOGI-JOBS", "Logistics hiring subsidy", JOB_SUBSIDY, "LOGI", 2025, 2, 4_000, 2, 0.10, 8_000),
                // Talent programmes pay roughly 50-200k yuan a year per recognised talent; the talents are jobs.
                talent("SEMI-TALENT", "Chip talent programme", "SEMI", 2025, 5, 400, 0.30, 100_000),
                talent("BIO-TALENT", "Biotech talent programme", "BIO", 2025, 5, 300, 0.30, 100_000),
                talent("AI-TALENT", "AI talent programme", "AI", 2026, 5, 500, 0.25, 80_000),
                // A rebate of 30% of the firms' own local tax for five years to equipment makers expanding here.
                incentive("EQUIP-REBATE", "Equipment tax rebate", TAX_REBATE, "EQUIP", 2026, 5, 2_000, 3, 0.20, 0.30));
        return new SampleScenario(
                DIVERSIFIED_SUBSIDIES,
                "sample.diversifiedSubsidies.name",
                "sample.diversifiedSubsidies.description",
                new Scenario(settings, industries, incentives));
    }

    /**
     * Research grants for frontier science with housing for researchers. A longer horizon (20 years), since research
     * pays off late; high but-for shares, since such labs do not come without public money.
     */
    static SampleScenario scienceCity() {
        var settings = settings(
                "Science city (illustrative)",
                20,
                "Illustrative only: research grants for quantum and fusion, with talent housing.");
        var industries = List.of(
                // Young industries: few baseline jobs, fast productivity growth as products mature.
                new Industry("QUANTUM", "Quantum information", 3_000, 600_000, 0.08, 200_000, 0.07, 1.6, 0.05),
                new Industry("FUSION", "Fusion energy", 2_000, 450_000, 0.06, 180_000, 0.07, 1.8, 0.05),
                // Engineering and testing services that settle around the labs.
                new Industry("TECHSERV", "Technical services", 40_000, 300_000, 0.04, 120_000, 0.07, 1.5, 0.30));
        var incentives = List.of(
                // ~300m a year for ten years to national-lab style quantum programmes, ~1,500 researcher jobs.
                incentive("Q-GRANT", "Quantum research grant", RD_GRANT, "QUANTUM", 2025, 10, 1_500, 5, 0.6, 3e8),
                // ~500m a year to a compact-tokamak programme, ~2,000 jobs over six years of construction.
                incentive("F-GRANT", "Fusion research grant", RD_GRANT, "FUSION", 2025, 10, 2_000, 6, 0.7, 5e8),
                // Rent-free talent flats: ~5,000 yuan a month, i.e. 60k a year, for 2,000 researchers. Their jobs are
                // counted on the grants; the 500 jobs here are support staff drawn in by the housing.
                talent("HOUSING", "Talent housing", "TECHSERV", 2025, 10, 2_000, 500, 0.2, 60_000),
                // A guidance-fund stake in a quantum spin-off: 500m, 4x at exit after six years.
                incentive("Q-STAKE", "Quantum spin-off stake", EQUITY, "QUANTUM", 2026, 1, 800, 3, 0.5, 5e8, 2032, 4.0),
                // Spin-off grants for testing labs around the science city.
                incentive("T-GRANT", "Testing lab grant", RD_GRANT, "TECHSERV", 2027, 5, 1_000, 3, 0.3, 5e7));
        return new SampleScenario(
                SCIENCE_CITY,
                "sample.scienceCity.name",
                "sample.scienceCity.description",
                new Scenario(settings, industries, incentives));
    }

    private static Incentive incentive(
            String code,
            String name,
            IncentiveType type,
            String industry,
            int start,
            int duration,
            double jobs,
            int ramp,
            double butFor,
            double amount) {
        return incentive(code, name, type, industry, start, duration, jobs, ramp, butFor, amount, null, null);
    }

    private static Incentive incentive(
            String code,
            String name,
            IncentiveType type,
            String industry,
            int start,
            int duration,
            double jobs,
            int ramp,
            double butFor,
            double amount,
            @Nullable Integer exitYear,
            @Nullable Double exitMultiple) {
        return new Incentive(
                code, name, type, industry, start, duration, jobs, ramp, butFor, amount, 0, exitYear, exitMultiple);
    }

    /** Talents are jobs too: the committed jobs equal the talents, ramped in over two years. */
    private static Incentive talent(
            String code,
            String name,
            String industry,
            int start,
            int duration,
            int talents,
            double butFor,
            double pay) {
        return talent(code, name, industry, start, duration, talents, talents, butFor, pay);
    }

    private static Incentive talent(
            String code,
            String name,
            String industry,
            int start,
            int duration,
            int talents,
            double jobs,
            double butFor,
            double pay) {
        return new Incentive(
                code, name, TALENT_SUBSIDY, industry, start, duration, jobs, 2, butFor, pay, talents, null, null);
    }
}
