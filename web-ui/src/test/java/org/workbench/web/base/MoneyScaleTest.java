package org.workbench.web.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MoneyScaleTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void aChartOfBillionsIsShownInBillionsWithTheCurrencyNamed() {
        MoneyScale scale = MoneyScale.forValues(new double[] {-2e9, 40e9, Double.NaN}, Locale.ENGLISH, "CNY");
        assertThat(scale.unit()).isEqualTo("CNY billion");
        assertThat(scale.apply(40e9)).isEqualTo(40.0);
    }

    @Test
    void chineseScalesByYiAndWanAndCallsYuanByItsName() {
        assertThat(MoneyScale.forMagnitude(4e10, ZH, "CNY").unit()).isEqualTo("亿元");
        assertThat(MoneyScale.forMagnitude(-5e4, ZH, "CNY").unit()).isEqualTo("万元");
        assertThat(MoneyScale.forMagnitude(900, ZH, "CNY").unit()).isEqualTo("元");
        assertThat(MoneyScale.forMagnitude(4e10, ZH, "USD").unit()).isEqualTo("亿 USD");
    }

    @Test
    void smallAmountsAreNotScaled() {
        MoneyScale scale = MoneyScale.forMagnitude(999, Locale.ENGLISH, "EUR");
        assertThat(scale.divisor()).isEqualTo(1);
        assertThat(scale.unit()).isEqualTo("EUR");
    }

    @Test
    void aSingleFigureCarriesItsScaleAndCurrency() {
        assertThat(MoneyScale.format(21_650_000_000d, Locale.ENGLISH, "CNY")).isEqualTo("CNY 21.65B");
        assertThat(MoneyScale.format(21_650_000_000d, ZH, "CNY")).isEqualTo("216.5亿元");
        assertThat(MoneyScale.format(919_000, ZH, "USD")).isEqualTo("91.9万 USD");
    }

    @Test
    void aScaleMustDivideByAPositiveNumber() {
        assertThatThrownBy(() -> new MoneyScale(0, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
