package org.workbench.domain;

/**
 * The descriptions of the three illustrative samples in their version 1 form, in English and Chinese, with the
 * sources of their public figures; {@link SampleRisks} adds what the version 2 forms assume.
 */
final class IllustrativeTexts {
    private IllustrativeTexts() {}

    static final String HEFEI_EN = "Illustrative only: guidance-fund equity in electric vehicles and displays, with"
            + " land discounts. The anchor stake is of the order of Hefei's 7.0bn yuan stake in NIO China in 2020"
            + " (NIO's press release); the other figures are assumptions.";
    static final String HEFEI_ZH =
            "仅为示例：以政府引导基金股权投资新能源汽车和新型显示产业，并配套土地优惠。龙头企业的投资规模参照合肥 2020 年以 70 亿元入股蔚来中国（蔚来新闻稿），其余数字均为假设。";
    static final String DIVERSIFIED_EN = "Illustrative only: per-job and talent subsidies spread over six industries."
            + " The but-for shares sit in Bartik's range (incentives decide the location in 2-25% of cases, 12.7%"
            + " over all studies; Upjohn Institute, 2018); subsidy rates and jobs are assumptions.";
    static final String DIVERSIFIED_ZH = "仅为示例：在六个产业中发放岗位补贴和人才补贴。增量比例（没有补贴就不会落地的份额）"
            + "取在 Bartik 的研究区间内（补贴真正决定选址的情形占 2%–25%，全部研究的均值为 12.7%；美国 Upjohn 研究所，"
            + "2018 年），补贴标准和岗位数均为假设。";
    static final String SCIENCE_EN = "Illustrative only: research grants for quantum and fusion, with talent housing."
            + " Grant sizes, jobs and the spin-off's exit are assumptions.";
    static final String SCIENCE_ZH = "仅为示例：为量子信息和核聚变提供科研资助，并配套人才公寓。资助规模、岗位数和衍生企业的退出倍数均为假设。";
}
