package org.workbench.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The three illustrative samples with the inputs of version 2: the city's budget, how likely each bet is to
 * succeed, what the contract recovers on failure, and ranges on the inputs a planner is least sure of. Every figure
 * here is a planner's assumption unless its comment names a source.
 *
 * <p>Budget: Hefei's general public budget revenue was about 92.96bn yuan in 2023 (second-hand report of the city's
 * budget); 95bn for the base year 2024 assumes about 2% growth, and 4% a year after that is an assumption.
 */
final class SampleRisks {
    static final double HEFEI_BUDGET_2024 = 9.5e10;
    static final double HEFEI_BUDGET_GROWTH = 0.04;

    private SampleRisks() {}

    static Scenario of(String id, Scenario v1) {
        ScenarioSettings settings = v1.settings();
        return switch (id) {
            case SampleScenarios.HEFEI_CONCENTRATED_BET -> concentratedBet(v1, settings);
            case SampleScenarios.DIVERSIFIED_SUBSIDIES -> diversified(v1, settings);
            case SampleScenarios.SCIENCE_CITY -> scienceCity(v1, settings);
            default -> throw new IllegalArgumentException(id);
        };
    }

    private static ScenarioSettings budget(
            ScenarioSettings s,
            double correlation,
            String english,
            String chinese,
            String englishV1,
            String chineseV1) {
        return s.withDescription(SampleScenarios.paragraphs(englishV1 + " " + english, chineseV1 + chinese))
                .withRisk(
                        HEFEI_BUDGET_2024,
                        HEFEI_BUDGET_GROWTH,
                        correlation,
                        ScenarioSettings.DEFAULT_DRAWS,
                        ScenarioSettings.DEFAULT_SEED,
                        ScenarioSettings.DEFAULT_BEHIND_THRESHOLD);
    }

    private static List<Incentive> risks(Scenario s, java.util.function.UnaryOperator<Incentive> change) {
        List<Incentive> result = new ArrayList<>();
        s.incentives().forEach(i -> result.add(change.apply(i)));
        return result;
    }

    /**
     * Both car stakes ride on the same electric-vehicle market: correlation 0.6. The anchor gets NIO's protection, a
     * buyback at cost plus 10% a year (NIO's filing as reported second-hand), so a failure in 2027 recovers about
     * 1.2x; its success is a coin toss (0.5), well above the 0.35 venture default since the firm already sells cars.
     * The supplier is a younger firm (0.4, liquidation at 0.3x). The display fab follows BOE's record (0.8). Land
     * reverts to the city on failure: half its value clawed back.
     */
    private static Scenario concentratedBet(Scenario s, ScenarioSettings settings) {
        List<Incentive> incentives = risks(s, i -> switch (i.code()) {
            case "NEV-ANCHOR" -> i.withRisk(0.5, 2027, 1.2, 0);
            case "NEV-SUPPLY" -> i.withRisk(0.4, 2030, 0.3, 0);
            case "DISP-FAB" -> i.withRisk(0.8, 2029, 0.5, 0);
            case "NEV-LAND" -> i.withRisk(0.5, 2027, 0, 0.5);
            case "DISP-LAND" -> i.withRisk(0.8, 2029, 0, 0.5);
            default -> i;
        });
        List<InputRange> ranges = List.of(
                // Local tax take on value added: 6-10% depending on how the province splits VAT and income taxes.
                new InputRange(ItemKind.INDUSTRY, "NEV", "taxRate", 0.06, 0.10),
                new InputRange(ItemKind.INDUSTRY, "NEV", "employmentMultiplier", 1.8, 2.6),
                // From the buyback floor to NIO's roughly 6x of 2021 (second-hand reports of the 2021 stake sales).
                new InputRange(ItemKind.INCENTIVE, "NEV-ANCHOR", "exitMultiple", 1.2, 6.0),
                new InputRange(ItemKind.INCENTIVE, "NEV-ANCHOR", "butForShare", 0.3, 0.7),
                new InputRange(ItemKind.INCENTIVE, "DISP-FAB", "exitMultiple", 1.0, 3.0));
        return new Scenario(
                budget(
                        settings,
                        0.6,
                        "Version 2 inputs: budget revenue of 95bn yuan in 2024, from Hefei's general public budget"
                                + " revenue of about 92.96bn in 2023 (second-hand report of the city budget); the"
                                + " anchor's buyback at cost plus 10% a year follows NIO's 2020 terms (NIO's filing, as"
                                + " reported second-hand); success odds, failure years and ranges are assumptions.",
                        "第 2 版输入：2024 年预算收入按 950 亿元计，依据是合肥 2023 年一般公共预算收入约 929.6 亿元（转引自"
                                + "市级预算报道）；龙头企业按本金加年化 10% 回购，参照蔚来 2020 年的条款（转引自蔚来公告）；"
                                + "成功概率、失败年份和取值区间均为假设。",
                        IllustrativeTexts.HEFEI_EN,
                        IllustrativeTexts.HEFEI_ZH),
                s.industries(),
                incentives,
                ranges,
                List.of());
    }

    /**
     * Hiring subsidies rarely fail outright; 0.9 that a firm keeps its jobs to the end, failure after its subsidy
     * years, and a clawback of half of what it was paid (a common clause, assumed). The but-for share of chip hiring
     * spans Bartik's 2-25% (Upjohn Institute, 2018).
     */
    private static Scenario diversified(Scenario s, ScenarioSettings settings) {
        List<Incentive> incentives =
                risks(s, i -> i.type() == IncentiveType.JOB_SUBSIDY ? i.withRisk(0.9, i.startYear() + 2, 0, 0.5) : i);
        List<InputRange> ranges = List.of(
                new InputRange(ItemKind.INCENTIVE, "SEMI-JOBS", "butForShare", 0.02, 0.25),
                new InputRange(ItemKind.INCENTIVE, "AI-JOBS", "butForShare", 0.02, 0.25),
                new InputRange(ItemKind.INDUSTRY, "LOGI", "displacement", 0.2, 0.6));
        return new Scenario(
                budget(
                        settings,
                        0.2,
                        "Version 2 inputs: Hefei's budget as in the concentrated-bet sample (about 92.96bn yuan in"
                                + " 2023, second-hand); a 0.9 chance that each hiring subsidy keeps its jobs and a"
                                + " clawback of half of what was paid are assumptions.",
                        "第 2 版输入：预算与集中押注示例相同（合肥 2023 年一般公共预算收入约 929.6 亿元，转引）；每项岗位"
                                + "补贴保住岗位的概率取 0.9，失败时追回已付金额的一半，均为假设。",
                        IllustrativeTexts.DIVERSIFIED_EN,
                        IllustrativeTexts.DIVERSIFIED_ZH),
                s.industries(),
                incentives,
                ranges,
                List.of());
    }

    /**
     * The spin-off stake is an early-stage bet: 0.35, the share of venture financings that return more than 1x
     * (Correlation Ventures, 2004-2013: about 65% returned less). Research programmes may be cut short (0.8).
     */
    private static Scenario scienceCity(Scenario s, ScenarioSettings settings) {
        List<Incentive> incentives = risks(s, i -> switch (i.code()) {
            case "Q-STAKE" -> i.withRisk(0.35, 2029, 0.2, 0);
            case "Q-GRANT", "F-GRANT" -> i.withRisk(0.8, 2030, 0, 0);
            default -> i;
        });
        List<InputRange> ranges = List.of(
                new InputRange(ItemKind.INDUSTRY, "QUANTUM", "productivityGrowth", 0.03, 0.12),
                new InputRange(ItemKind.INCENTIVE, "Q-STAKE", "exitMultiple", 0.5, 10));
        return new Scenario(
                budget(
                        settings,
                        0.3,
                        "Version 2 inputs: the spin-off stake succeeds with a chance of 0.35, since about 65% of"
                                + " venture financings returned less than 1x (Correlation Ventures, 2004-2013); Hefei's"
                                + " budget as in the other samples (about 92.96bn yuan in 2023, second-hand); the"
                                + " other odds and ranges are assumptions.",
                        "第 2 版输入：衍生企业股权投资的成功概率取 0.35，依据是约 65% 的风险投资回报不足 1 倍"
                                + "（Correlation Ventures，2004–2013 年）；预算与其他示例相同（合肥 2023 年一般公共预算"
                                + "收入约 929.6 亿元，转引）；其余概率和区间均为假设。",
                        IllustrativeTexts.SCIENCE_EN,
                        IllustrativeTexts.SCIENCE_ZH),
                s.industries(),
                incentives,
                ranges,
                List.of());
    }
}
