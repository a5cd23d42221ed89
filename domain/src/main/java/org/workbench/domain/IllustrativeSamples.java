package org.workbench.domain;

import static org.workbench.domain.IncentiveType.EQUITY;
import static org.workbench.domain.IncentiveType.JOB_SUBSIDY;
import static org.workbench.domain.IncentiveType.LAND_DISCOUNT;
import static org.workbench.domain.IncentiveType.RD_GRANT;
import static org.workbench.domain.IncentiveType.TALENT_SUBSIDY;
import static org.workbench.domain.IncentiveType.TAX_REBATE;
import static org.workbench.domain.SampleScenarios.both;
import static org.workbench.domain.SampleScenarios.paragraphs;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The three illustrative samples in their version 1 form (see {@link SampleScenarios} for the shared assumptions);
 * {@link SampleRisks} gives them their version 2 inputs.
 */
final class IllustrativeSamples {
    private static final int BASE_YEAR = 2024;

    private IllustrativeSamples() {}

    private static ScenarioSettings settings(String name, int horizon, String description) {
        return new ScenarioSettings(
                name,
                both("Hefei (illustrative)", "合肥（示例）"),
                BASE_YEAR,
                horizon,
                0.04,
                2.6,
                0.5,
                10_000,
                "CNY",
                description);
    }

    /**
     * Large guidance-fund stakes in two anchor industries, sweetened with land. The jobs of each anchor are committed
     * once, on its equity stake; the land discounts carry no jobs of their own so that nothing is counted twice.
     */
    static SampleScenario hefeiConcentratedBet() {
        var settings = settings(
                both("Hefei-style concentrated bet (illustrative)", "合肥式集中押注（示例）"),
                15,
                paragraphs(IllustrativeTexts.HEFEI_EN, IllustrativeTexts.HEFEI_ZH));
        var industries = List.of(
                // Car making adds roughly 400-600k yuan per worker; electric-vehicle plants are at the upper end.
                // Wages near Hefei's manufacturing average (~110-130k). Local share of VAT and income taxes on
                // value added ~8%. Type II multiplier of car making with its supply chain ~2.2; some workers are
                // poached from existing local plants (15%). Baseline: the city's existing car jobs, ~120k.
                new Industry(
                        "NEV", both("New energy vehicles", "新能源汽车"), 120_000, 600_000, 0.04, 120_000, 0.08, 2.2, 0.15),
                // Display fabs are capital-heavy: high value added per worker (~800k), multiplier lower (1.9)
                // because much equipment is imported; displacement small, the skills are new to the city.
                new Industry("DISPLAY", both("New displays", "新型显示"), 60_000, 800_000, 0.03, 110_000, 0.08, 1.9, 0.10));
        var incentives = List.of(
                // Order of Hefei's 2020 stake in NIO's China unit (7bn). An anchor relocating its headquarters would
                // likely not have come without the deal: but-for 0.5, far above Bartik's medians. Exit at 3x after
                // four years, well below NIO's 5.5x, as a cautious planner would assume.
                incentive(
                        "NEV-ANCHOR",
                        both("Anchor carmaker stake", "龙头整车企业股权投资"),
                        EQUITY,
                        "NEV",
                        2025,
                        1,
                        10_000,
                        4,
                        0.5,
                        7e9,
                        2029,
                        3.0),
                // Battery and parts suppliers following the anchor: a smaller stake, more of them would have come
                // anyway (0.4); exit at 2x after six years.
                incentive(
                        "NEV-SUPPLY",
                        both("Battery supplier stake", "动力电池配套企业股权投资"),
                        EQUITY,
                        "NEV",
                        2027,
                        1,
                        4_000,
                        3,
                        0.4,
                        2e9,
                        2033,
                        2.0),
                // A Gen-10.5-style fab: the city's share of equity ~6bn, ~6,000 jobs; 1.8x by 2034.
                incentive(
                        "DISP-FAB",
                        both("Display fab stake", "显示面板产线股权投资"),
                        EQUITY,
                        "DISPLAY",
                        2026,
                        1,
                        6_000,
                        3,
                        0.6,
                        6e9,
                        2034,
                        1.8),
                // ~3,000 mu of industrial land at ~400k yuan per mu forgone for the car plant.
                incentive(
                        "NEV-LAND",
                        both("Land for the car plant", "整车项目用地优惠"),
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
                        both("Land for the fab", "面板产线用地优惠"),
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
                SampleScenarios.HEFEI_CONCENTRATED_BET,
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
                both("Diversified subsidies (illustrative)", "多产业分散补贴（示例）"),
                15,
                paragraphs(IllustrativeTexts.DIVERSIFIED_EN, IllustrativeTexts.DIVERSIFIED_ZH));
        var industries = List.of(
                // Value added per worker, wages and multipliers: rough national orders for each sector.
                new Industry(
                        "SEMI", both("Integrated circuits", "集成电路"), 30_000, 700_000, 0.05, 150_000, 0.08, 2.0, 0.15),
                new Industry("BIO", both("Biomedicine", "生物医药"), 25_000, 550_000, 0.05, 130_000, 0.09, 1.8, 0.15),
                new Industry("AI", both("AI and software", "人工智能与软件"), 40_000, 450_000, 0.06, 180_000, 0.07, 1.7, 0.25),
                new Industry(
                        "EQUIP", both("High-end equipment", "高端装备"), 50_000, 400_000, 0.03, 100_000, 0.08, 2.1, 0.20),
                new Industry("MAT", both("New materials", "新材料"), 20_000, 500_000, 0.03, 95_000, 0.08, 1.9, 0.20),
                // Logistics: low value added per worker, high displacement (competes with existing local firms).
                new Industry("LOGI", both("Modern logistics", "现代物流"), 80_000, 220_000, 0.02, 80_000, 0.06, 1.5, 0.40));
        var incentives = List.of(
                // Local hiring subsidies typically run 5-20k yuan per job per year for a few years.
                incentive(
                        "SEMI-JOBS",
                        both("Chip hiring subsidy", "集成电路企业岗位补贴"),
                        JOB_SUBSIDY,
                        "SEMI",
                        2025,
                        3,
                        3_000,
                        3,
                        0.20,
                        20_000),
                incentive(
                        "BIO-JOBS",
                        both("Biotech hiring subsidy", "生物医药企业岗位补贴"),
                        JOB_SUBSIDY,
                        "BIO",
                        2025,
                        3,
                        2_000,
                        3,
                        0.18,
                        15_000),
                incentive(
                        "AI-JOBS",
                        both("Software hiring subsidy", "软件企业岗位补贴"),
                        JOB_SUBSIDY,
                        "AI",
                        2025,
                        3,
                        3_000,
                        2,
                        0.127,
                        12_000),
                incentive(
                        "EQUIP-JOBS",
                        both("Equipment hiring subsidy", "装备企业岗位补贴"),
                        JOB_SUBSIDY,
                        "EQUIP",
                        2026,
                        3,
                        2_500,
                        3,
                        0.15,
                        10_000),
                incentive(
                        "MAT-JOBS",
                        both("Materials hiring subsidy", "新材料企业岗位补贴"),
                        JOB_SUBSIDY,
                        "MAT",
                        2026,
                        3,
                        1_500,
                        3,
                        0.15,
                        10_000),
                incentive(
                        "LOGI-JOBS",
                        both("Logistics hiring subsidy", "物流企业岗位补贴"),
                        JOB_SUBSIDY,
                        "LOGI",
                        2025,
                        2,
                        4_000,
                        2,
                        0.10,
                        8_000),
                // Talent programmes pay roughly 50-200k yuan a year per recognised talent; each talent is a job.
                talent(
                        "SEMI-TALENT",
                        both("Chip talent programme", "集成电路人才计划"),
                        "SEMI",
                        2025,
                        5,
                        400,
                        400,
                        0.30,
                        100_000),
                talent(
                        "BIO-TALENT",
                        both("Biotech talent programme", "生物医药人才计划"),
                        "BIO",
                        2025,
                        5,
                        300,
                        300,
                        0.30,
                        100_000),
                talent("AI-TALENT", both("AI talent programme", "人工智能人才计划"), "AI", 2026, 5, 500, 500, 0.25, 80_000),
                // A rebate of 30% of the firms' own local tax for five years to equipment makers expanding here.
                incentive(
                        "EQUIP-REBATE",
                        both("Equipment tax rebate", "装备企业税收返还"),
                        TAX_REBATE,
                        "EQUIP",
                        2026,
                        5,
                        2_000,
                        3,
                        0.20,
                        0.30));
        return new SampleScenario(
                SampleScenarios.DIVERSIFIED_SUBSIDIES,
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
                both("Science city (illustrative)", "科学城（示例）"),
                20,
                paragraphs(IllustrativeTexts.SCIENCE_EN, IllustrativeTexts.SCIENCE_ZH));
        var industries = List.of(
                // Young industries: few baseline jobs, fast productivity growth as products mature.
                new Industry(
                        "QUANTUM", both("Quantum information", "量子信息"), 3_000, 600_000, 0.08, 200_000, 0.07, 1.6, 0.05),
                new Industry("FUSION", both("Fusion energy", "核聚变能源"), 2_000, 450_000, 0.06, 180_000, 0.07, 1.8, 0.05),
                // Engineering and testing services that settle around the labs.
                new Industry(
                        "TECHSERV",
                        both("Technical services", "科技服务"),
                        40_000,
                        300_000,
                        0.04,
                        120_000,
                        0.07,
                        1.5,
                        0.30));
        var incentives = List.of(
                // ~300m a year for ten years to national-lab style quantum programmes, ~1,500 researcher jobs.
                incentive(
                        "Q-GRANT",
                        both("Quantum research grant", "量子科研资助"),
                        RD_GRANT,
                        "QUANTUM",
                        2025,
                        10,
                        1_500,
                        5,
                        0.6,
                        3e8),
                // ~500m a year to a compact-tokamak programme, ~2,000 jobs over six years of construction.
                incentive(
                        "F-GRANT",
                        both("Fusion research grant", "核聚变科研资助"),
                        RD_GRANT,
                        "FUSION",
                        2025,
                        10,
                        2_000,
                        6,
                        0.7,
                        5e8),
                // Rent-free talent flats: ~5,000 yuan a month, i.e. 60k a year, for 2,000 researchers. Their jobs are
                // counted on the grants; the 500 jobs here are support staff drawn in by the housing.
                talent("HOUSING", both("Talent housing", "人才公寓"), "TECHSERV", 2025, 10, 2_000, 500, 0.2, 60_000),
                // A guidance-fund stake in a quantum spin-off: 500m, 4x at exit after six years.
                incentive(
                        "Q-STAKE",
                        both("Quantum spin-off stake", "量子衍生企业股权投资"),
                        EQUITY,
                        "QUANTUM",
                        2026,
                        1,
                        800,
                        3,
                        0.5,
                        5e8,
                        2032,
                        4.0),
                // Spin-off grants for testing labs around the science city.
                incentive(
                        "T-GRANT",
                        both("Testing lab grant", "检测实验室资助"),
                        RD_GRANT,
                        "TECHSERV",
                        2027,
                        5,
                        1_000,
                        3,
                        0.3,
                        5e7));
        return new SampleScenario(
                SampleScenarios.SCIENCE_CITY,
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

    /** Talents are jobs too: the committed jobs are the talents (or support staff), ramped in over two years. */
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
