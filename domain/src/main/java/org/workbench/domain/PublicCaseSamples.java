package org.workbench.domain;

import static org.workbench.domain.SampleScenarios.both;
import static org.workbench.domain.SampleScenarios.paragraphs;

import java.util.List;

/**
 * Four samples built on public cases, each figure's source in its description and comment: "reported" figures come
 * from public reporting (mostly second-hand: press reports of filings), "assumed" ones are the planner's. They show
 * what version 2 is for: a bet's chance of failing, what the contract recovers, and what the city can afford.
 */
final class PublicCaseSamples {
    static final String NIO_STAKE_2020 = "nio-stake-2020";
    static final String BOE_GEN6_2008 = "boe-gen6-2008";
    static final String RUGAO_SINGLE_BET = "rugao-single-bet";
    static final String FOXCONN_CLAWBACK = "foxconn-clawback";

    private PublicCaseSamples() {}

    static List<SampleScenario> all() {
        return List.of(nio(), boe(), rugao(), foxconn());
    }

    private static SampleScenario sample(String id, String key, Scenario scenario) {
        return new SampleScenario(id, "sample." + key + ".name", "sample." + key + ".description", scenario);
    }

    private static ScenarioSettings settings(
            String name,
            String city,
            int baseYear,
            int horizon,
            String currency,
            String description,
            double budget,
            double budgetGrowth) {
        return new ScenarioSettings(name, city, baseYear, horizon, 0.04, 2.6, 0.5, 10_000, currency, description)
                .withRisk(budget, budgetGrowth, 0, ScenarioSettings.DEFAULT_DRAWS, ScenarioSettings.DEFAULT_SEED, 0.8);
    }

    /** Electric vehicles: the concentrated-bet sample's assumptions (value added 600k a job, 8% local tax, M 2.2). */
    private static Industry cars() {
        return new Industry("NEV", both("New energy vehicles", "新能源汽车"), 0, 600_000, 0.04, 120_000, 0.08, 2.2, 0.15);
    }

    /**
     * Hefei's stake in NIO China, 2020. Reported: 7.0bn yuan for 24.1% in April 2020 (NIO's press release); part of
     * the stake redeemed in September 2020 at cost plus 10% a year (second-hand, quoting NIO's filing), hence a
     * recovery multiple of 1.1 after a year; stakes sold in 2021 at roughly 6x the 2020 value (second-hand and NIO's
     * form 6-K), of which the model takes 5.5x. Assumed: success 0.35 (NIO was months from bankruptcy; the venture
     * default), failure in 2021, 5,000 jobs in two years with a but-for share of 0.5, budget 75bn in 2019 (Hefei's
     * 2023 revenue of about 92.96bn less about 5% a year).
     */
    static SampleScenario nio() {
        var settings = settings(
                both("NIO stake, Hefei 2020", "合肥入股蔚来（2020）"),
                both("Hefei", "合肥"),
                2019,
                5,
                "CNY",
                paragraphs(
                        "Reported: Hefei's state investor and two partner funds paid 7.0bn yuan in cash for 24.1% of"
                                + " NIO China in April 2020 (NIO's press release); part of the stake was redeemed in"
                                + " September 2020 at cost plus 10% a year (second-hand, quoting NIO's filing); the"
                                + " stakes sold in 2021 valued NIO China at about 6x (second-hand, and NIO's form 6-K),"
                                + " of which the model takes 5.5x. Assumed: success 0.35, failure in 2021, 5,000 jobs"
                                + " with a but-for share of 0.5, and a 2019 budget of 75bn (Hefei's 2023 revenue of"
                                + " about 92.96bn, second-hand, less about 5% a year).",
                        "公开报道：2020 年 4 月，合肥建投与两家合作基金以 70 亿元现金取得蔚来中国 24.1% 股权（蔚来新闻稿）；"
                                + "同年 9 月部分股权按本金加年化 10% 赎回（转引自蔚来公告）；2021 年的股权转让对应蔚来中国约 6 倍"
                                + "估值（转引报道及蔚来 6-K 文件），模型取 5.5 倍。假设：成功概率 0.35，2021 年失败，形成 5000 个"
                                + "岗位，增量比例 0.5；2019 年预算收入 750 亿元（由合肥 2023 年约 929.6 亿元按每年约 5% 倒推，转引）。"),
                7.5e10,
                0.05);
        Incentive stake = new Incentive(
                        "NIO-2020",
                        both("Stake in NIO China", "入股蔚来中国"),
                        IncentiveType.EQUITY,
                        "NEV",
                        2020,
                        1,
                        5_000,
                        2,
                        0.5,
                        7e9,
                        0,
                        2021,
                        5.5)
                .withRisk(0.35, 2021, 1.1, 0);
        List<InputRange> ranges = List.of(
                // From the buyback floor to the roughly 6x implied by the 2021 sales.
                new InputRange(ItemKind.INCENTIVE, "NIO-2020", "exitMultiple", 1.1, 6.0),
                new InputRange(ItemKind.INCENTIVE, "NIO-2020", "committedJobs", 2_000, 8_000));
        return sample(
                NIO_STAKE_2020,
                "nioStake2020",
                new Scenario(
                        settings,
                        List.of(cars()),
                        List.of(stake),
                        ranges,
                        List.of(),
                        List.of(
                                source(
                                        "NIO-2020",
                                        "amount",
                                        "NIO press release, 29 April 2020: 7.0bn yuan in cash for 24.1% of NIO China",
                                        "蔚来新闻稿，2020 年 4 月 29 日：70 亿元现金取得蔚来中国 24.1% 股权"),
                                source(
                                        "NIO-2020",
                                        "exitMultiple",
                                        "2021 stake sales at about 6x (second-hand, NIO form 6-K); the model takes 5.5x",
                                        "2021 年股权转让约 6 倍估值（转引，蔚来 6-K 文件）；模型取 5.5 倍"),
                                source(
                                        "NIO-2020",
                                        "successProbability",
                                        "Assumed: NIO was near bankruptcy months before the deal",
                                        "假设：签约前数月蔚来濒临破产"))));
    }

    /**
     * BOE's Gen-6 display line, 2008. Reported (second-hand): 17.5bn yuan in all, of which five Hefei state firms
     * committed 6bn; the city's fiscal revenue in 2007 was just over 10bn; the city owned 18% of BOE by 2011.
     * Assumed: 5,000 jobs over three years, but-for 0.6, success 0.6 for a first line of a firm new to the city,
     * failure in 2010 with a 0.3x resale of the fab, exit in 2015 at 2x; budget growth 15% a year (10bn in 2007 to
     * about 93bn in 2023 is 15% a year).
     */
    static SampleScenario boe() {
        var settings = settings(
                both("BOE Gen-6 line, Hefei 2008", "京东方合肥 6 代线（2008）"),
                both("Hefei", "合肥"),
                2007,
                10,
                "CNY",
                paragraphs(
                        "Reported (second-hand): BOE's Gen-6 line cost 17.5bn yuan in all; five Hefei state firms"
                                + " committed 6bn of a 12bn share placement, against city fiscal revenue of just over"
                                + " 10bn in 2007; the city owned 18% of BOE by 2011. Assumed: 5,000 jobs over three"
                                + " years, a but-for share of 0.6, success 0.6, failure in 2010 with a 0.3x resale of"
                                + " the line, exit at 2x in 2015, and budget growth of 15% a year (10bn in 2007 to"
                                + " about 93bn in 2023).",
                        "公开报道（转引）：京东方 6 代线总投资 175 亿元，合肥五家国有企业认购其中 120 亿元定向增发中的 60 亿元，"
                                + "而合肥 2007 年财政收入刚过 100 亿元；到 2011 年合肥持有京东方 18% 的股份。假设：三年内形成 5000 个"
                                + "岗位，增量比例 0.6，成功概率 0.6；若失败则在 2010 年按 0.3 倍转让产线，否则 2015 年以 2 倍退出；"
                                + "预算收入年均增长 15%（由 2007 年的 100 亿元增至 2023 年约 930 亿元推算）。"),
                1.0e10,
                0.15);
        var display = new Industry("DISPLAY", both("New displays", "新型显示"), 0, 800_000, 0.03, 110_000, 0.08, 1.9, 0.10);
        Incentive stake = new Incentive(
                        "BOE-G6",
                        both("Gen-6 line placement", "认购 6 代线定向增发"),
                        IncentiveType.EQUITY,
                        "DISPLAY",
                        2008,
                        1,
                        5_000,
                        3,
                        0.6,
                        6e9,
                        0,
                        2015,
                        2.0)
                .withRisk(0.6, 2010, 0.3, 0);
        List<InputRange> ranges = List.of(
                new InputRange(ItemKind.INCENTIVE, "BOE-G6", "exitMultiple", 1.0, 4.0),
                new InputRange(ItemKind.INDUSTRY, "DISPLAY", "valueAddedPerJob", 500_000, 1_000_000));
        return sample(
                BOE_GEN6_2008,
                "boeGen62008",
                new Scenario(
                        settings,
                        List.of(display),
                        List.of(stake),
                        ranges,
                        List.of(),
                        List.of(source(
                                "BOE-G6",
                                "amount",
                                "Second-hand reports: five Hefei state firms committed 6bn of a 12bn placement",
                                "转引报道：合肥五家国有企业认购 120 亿元定向增发中的 60 亿元"))));
    }

    /**
     * A Rugao-style single bet, cautionary. Reported (second-hand, NewsChina): about 6bn yuan of public money spent on
     * Saleen against a city budget of about 7bn; 31 cars sold. Assumed: the money as one stake in 2017, 3,000 promised
     * jobs, a promised exit at 2x in 2022, success 0.1, failure in 2019 with 5% recovered, budget growth 3%.
     */
    static SampleScenario rugao() {
        var settings = settings(
                both("Rugao-style single bet (cautionary)", "如皋式单一押注（警示）"),
                both("Rugao-style county city", "如皋式县级市"),
                2016,
                8,
                "CNY",
                paragraphs(
                        "Reported (second-hand, NewsChina): about 6bn yuan of public money was spent on Saleen"
                                + " against a city budget of about 7bn; 31 cars were sold. Assumed: the money as one"
                                + " stake in 2017, 3,000 promised jobs, a promised exit at 2x in 2022, success 0.1,"
                                + " failure in 2019 with 5% recovered, and budget growth of 3% a year.",
                        "公开报道（转引自《中国新闻周刊》英文版 NewsChina）：该市预算约 70 亿元，却在赛麟项目上投入约 60 亿元"
                                + "公共资金，最终只卖出 31 辆车。假设：资金按 2017 年的一笔股权投资计，承诺 3000 个岗位、2022 年"
                                + "按 2 倍退出；成功概率 0.1，2019 年失败，回收 5%；预算收入年增 3%。"),
                7e9,
                0.03);
        var supercars =
                new Industry("EV", both("Electric supercars", "电动超跑"), 0, 500_000, 0.02, 90_000, 0.08, 1.8, 0.10);
        Incentive bet = new Incentive(
                        "SALEEN-STYLE",
                        both("Single carmaker stake", "单一整车企业股权投资"),
                        IncentiveType.EQUITY,
                        "EV",
                        2017,
                        1,
                        3_000,
                        3,
                        0.8,
                        6e9,
                        0,
                        2022,
                        2.0)
                .withRisk(0.1, 2019, 0.05, 0);
        List<InputRange> ranges =
                List.of(new InputRange(ItemKind.INCENTIVE, "SALEEN-STYLE", "recoveryMultiple", 0, 0.2));
        return sample(
                RUGAO_SINGLE_BET,
                "rugaoSingleBet",
                new Scenario(
                        settings,
                        List.of(supercars),
                        List.of(bet),
                        ranges,
                        List.of(),
                        List.of(source(
                                "SALEEN-STYLE",
                                "amount",
                                "NewsChina (second-hand): about 6bn yuan of public money against a 7bn budget",
                                "《中国新闻周刊》英文版（转引）：预算约 70 亿元，投入公共资金约 60 亿元"))));
    }

    /**
     * A Foxconn-style promise with a clawback, in dollars. Reported (second-hand, state press): 13,000 jobs promised
     * for about 3.0bn dollars of credits (2017); the 2021 contract paid at most 80m for 1,454 jobs, about 11%.
     * Assumed: credits of 17,750 a job-year for 15 years (13,000 jobs ramped over five years cost about 3.0bn), a
     * but-for share of 12.7% (Bartik's mean over all studies), success 0.25, failure in 2022 with half of the credits
     * clawed back, a state budget of 18bn; the 2019 and 2020 actuals are assumed steps towards the reported 2021
     * figure, and the 80m is recorded as paid in 2021.
     */
    static SampleScenario foxconn() {
        var settings = settings(
                both("Foxconn-style promise with a clawback", "富士康式承诺与追回条款"),
                both("Wisconsin-style state", "参照威斯康星州"),
                2017,
                15,
                "USD",
                paragraphs(
                        "Reported (second-hand, state press): Foxconn promised Wisconsin 13,000 jobs for about 3.0bn"
                                + " dollars of state credits in 2017; the renegotiated 2021 contract paid at most 80m"
                                + " dollars for 1,454 jobs, about 11% of the promise. Assumed: credits of 17,750 dollars"
                                + " a job-year for 15 years, a but-for share of 12.7% (Bartik's mean over all studies,"
                                + " Upjohn Institute, 2018), success 0.25, failure in 2022 with half of the credits"
                                + " clawed back, a state budget of 18bn, and the 2019 and 2020 actuals as steps towards"
                                + " the reported 2021 figure.",
                        "公开报道（转引自州内媒体）：2017 年富士康向威斯康星州承诺 13000 个岗位，换取约 30 亿美元的州税收抵免；"
                                + "2021 年重新谈判后的合同按 1454 个岗位最多支付 8000 万美元，约为承诺的 11%。假设：每个岗位每年"
                                + "抵免 17750 美元、为期 15 年，增量比例 12.7%（Bartik 全部研究的均值，美国 Upjohn 研究所，2018 年），"
                                + "成功概率 0.25，2022 年失败并追回一半抵免，州预算 180 亿美元；2019、2020 年的实际数是向 2021 年"
                                + "报道数过渡的假设值。"),
                1.8e10,
                0.03);
        var displays = new Industry("LCD", both("Display panels", "显示面板"), 0, 200_000, 0.02, 55_000, 0.05, 1.6, 0.10);
        Incentive credits = new Incentive(
                        "FOXCONN-CREDITS",
                        both("Job credits", "就业税收抵免"),
                        IncentiveType.JOB_SUBSIDY,
                        "LCD",
                        2018,
                        15,
                        13_000,
                        5,
                        0.127,
                        17_750,
                        0,
                        null,
                        null)
                .withRisk(0.25, 2022, 0, 0.5);
        List<Actual> actuals = List.of(
                new Actual("FOXCONN-CREDITS", 2019, 500.0, 0.0, null),
                new Actual("FOXCONN-CREDITS", 2020, 1_000.0, 0.0, null),
                new Actual("FOXCONN-CREDITS", 2021, 1_454.0, 8e7, null));
        List<InputRange> ranges =
                List.of(new InputRange(ItemKind.INCENTIVE, "FOXCONN-CREDITS", "butForShare", 0.02, 0.25));
        return sample(
                FOXCONN_CLAWBACK,
                "foxconnClawback",
                new Scenario(
                        settings,
                        List.of(displays),
                        List.of(credits),
                        ranges,
                        actuals,
                        List.of(
                                source(
                                        "FOXCONN-CREDITS",
                                        "committedJobs",
                                        "State press (second-hand): 13,000 jobs promised in the 2017 contract",
                                        "州内媒体（转引）：2017 年合同承诺 13000 个岗位"),
                                source(
                                        "FOXCONN-CREDITS",
                                        "butForShare",
                                        "Bartik, Upjohn Institute, 2018: mean but-for share over all studies",
                                        "Bartik，美国 Upjohn 研究所，2018 年：全部研究的增量比例均值"))));
    }

    private static InputSource source(String incentive, String field, String english, String chinese) {
        return new InputSource(ItemKind.INCENTIVE, incentive, field, both(english, chinese));
    }
}
