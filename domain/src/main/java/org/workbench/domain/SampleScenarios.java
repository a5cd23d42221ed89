package org.workbench.domain;

import java.util.List;
import java.util.Optional;

/**
 * The sample scenarios: three illustrative ones inspired by Hefei's industrial policy, and four built on public cases
 * ({@link PublicCaseSamples}). The figures of the illustrative ones are plausible orders of magnitude in yuan,
 * reasoned in the comments; they are not official data and say so in their descriptions.
 *
 * <p>A stored scenario has one name, read in English or Chinese: each sample's name, city, industry and incentive
 * names carry both languages, English first ({@link #both}), and its description one paragraph in each
 * ({@link #paragraphs}), each with the sources of the public figures.
 *
 * <p>Shared assumptions: base year 2024; discount rate 4% (long local-government special bonds yield about 2.5-3.5%,
 * plus a margin for project risk); household size 2.6 (Anhui's census average is about 2.5-2.7 persons); half of the
 * new jobs filled by people moving in; 10,000 yuan a year of extra public services per new resident (Hefei spends
 * about 13,000 yuan of general budget per resident, not all of which grows with newcomers).
 */
public final class SampleScenarios {
    private SampleScenarios() {}

    public static final String HEFEI_CONCENTRATED_BET = "hefei-concentrated-bet";
    public static final String DIVERSIFIED_SUBSIDIES = "diversified-subsidies";
    public static final String SCIENCE_CITY = "science-city";

    public static final String NIO_STAKE_2020 = PublicCaseSamples.NIO_STAKE_2020;
    public static final String BOE_GEN6_2008 = PublicCaseSamples.BOE_GEN6_2008;
    public static final String RUGAO_SINGLE_BET = PublicCaseSamples.RUGAO_SINGLE_BET;
    public static final String FOXCONN_CLAWBACK = PublicCaseSamples.FOXCONN_CLAWBACK;

    /**
     * Every sample, in version 2 form: the three illustrative ones with the city's budget, risks and ranges (see
     * {@link SampleRisks}), then the four built on public cases (NIO 2020, BOE 2008, a Rugao-style bet, a
     * Foxconn-style promise with actuals). What the app seeds and offers, and what the batch writes as samples.
     */
    public static List<SampleScenario> all() {
        List<SampleScenario> samples = new java.util.ArrayList<>(illustrative());
        samples.addAll(PublicCaseSamples.all());
        return List.copyOf(samples);
    }

    /** The same seven samples as {@link #all()}; the name from before {@code all()} held version 2. */
    public static List<SampleScenario> version2() {
        return all();
    }

    /** The three illustrative samples in version 2 form: the first three of {@link #all()}. */
    public static List<SampleScenario> illustrative() {
        List<SampleScenario> samples = new java.util.ArrayList<>();
        for (SampleScenario sample : versionOne()) {
            samples.add(new SampleScenario(
                    sample.id(),
                    sample.nameKey(),
                    sample.descriptionKey(),
                    SampleRisks.of(sample.id(), sample.scenario())));
        }
        return List.copyOf(samples);
    }

    /**
     * The three illustrative samples with version 1 inputs only, as a version 1 workbook holds them: what the
     * version 2 forms must project alike in their promised view, and the version 1 workbooks of the spec check.
     */
    public static List<SampleScenario> versionOne() {
        return List.of(
                IllustrativeSamples.hefeiConcentratedBet(),
                IllustrativeSamples.diversifiedSubsidies(),
                IllustrativeSamples.scienceCity());
    }

    /** A sample of {@link #all()} by id. */
    public static Optional<SampleScenario> byId(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** A name in both languages, English first: a stored scenario has one name, read in either language. */
    static String both(String english, String chinese) {
        return english + " · " + chinese;
    }

    /** A description in both languages: one English paragraph, then one Chinese paragraph. */
    static String paragraphs(String english, String chinese) {
        return english + "\n\n" + chinese;
    }
}
