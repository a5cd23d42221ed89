package org.workbench.domain;

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
        return new Industry("NEV", "New energy vehicles", 0, 600_000, 0.04, 120_000, 0.08, 2.2, 0.15);
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
                "NIO stake, Hefei 2020",
                "Hefei",
                2019,
                5,
                "CNY",
                "Reported: 7.0bn yuan for 24.1% of NIO China (2020), buyback at cost plus 10% a year, exit near 5.5-6x"
                        + " in 2021. Assumed: success 0.35, jobs, but-for share, budget.",
                7.5e10,
                0.05);
        Incentive stake = new Incentive(
                        "NIO-2020",
                        "Stake in NIO China",
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
                new Scenario(settings, List.of(cars()), List.of(stake), ranges, List.of()));
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
                "BOE Gen-6 line, Hefei 2008",
                "Hefei",
                2007,
                10,
                "CNY",
                "Reported: 6bn yuan of Hefei state money for BOE's Gen-6 line against fiscal revenue of just over 10bn"
                        + " (2007). Assumed: jobs, success 0.6, resale 0.3x, exit 2x in 2015, 15% budget growth.",
                1.0e10,
                0.15);
        var display = new Industry("DISPLAY", "New displays", 0, 800_000, 0.03, 110_000, 0.08, 1.9, 0.10);
        Incentive stake = new Incentive(
                        "BOE-G6",
                        "Gen-6 line placement",
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
                new Scenario(settings, List.of(display), List.of(stake), ranges, List.of()));
    }

    /**
     * A Rugao-style single bet, cautionary. Reported (second-hand, NewsChina): about 6bn yuan of public money spent on
     * Saleen against a city budget of about 7bn; 31 cars sold. Assumed: the money as one stake in 2017, 3,000 promised
     * jobs, a promised exit at 2x in 2022, success 0.1, failure in 2019 with 5% recovered, budget growth 3%.
     */
    static SampleScenario rugao() {
        var settings = settings(
                "Rugao-style single bet (cautionary)",
                "Rugao-style county city",
                2016,
                8,
                "CNY",
                "Reported: about 6bn yuan spent against a budget of about 7bn; 31 cars sold. Assumed: one stake in"
                        + " 2017, 3,000 jobs, exit 2x promised, success 0.1, 5% recovered.",
                7e9,
                0.03);
        var supercars = new Industry("EV", "Electric supercars", 0, 500_000, 0.02, 90_000, 0.08, 1.8, 0.10);
        Incentive bet = new Incentive(
                        "SALEEN-STYLE",
                        "Single carmaker stake",
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
                new Scenario(settings, List.of(supercars), List.of(bet), ranges, List.of()));
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
                "Foxconn-style promise with a clawback",
                "Wisconsin-style state",
                2017,
                15,
                "USD",
                "Reported: 13,000 jobs promised for about 3.0bn dollars of credits; 1,454 delivered and at most 80m"
                        + " paid by 2021. Assumed: credit per job-year, but-for 12.7%, success 0.25, clawback 50%.",
                1.8e10,
                0.03);
        var displays = new Industry("LCD", "Display panels", 0, 200_000, 0.02, 55_000, 0.05, 1.6, 0.10);
        Incentive credits = new Incentive(
                        "FOXCONN-CREDITS",
                        "Job credits",
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
                new Scenario(settings, List.of(displays), List.of(credits), ranges, actuals));
    }
}
