package org.tenderwatch.extract;

import java.math.BigDecimal;

/**
 * A money amount as the notice writes it, beside its value in yuan.
 *
 * @param text the amount exactly as written ("￥668.790000 万元（人民币）", "柒万伍仟元整")
 * @param cny the value in yuan, or null when the text is not a yuan amount (a 下浮率, a discount)
 */
public record Amount(String text, BigDecimal cny) {}
