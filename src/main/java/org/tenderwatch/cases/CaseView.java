package org.tenderwatch.cases;

import java.math.BigDecimal;
import java.util.List;
import org.tenderwatch.store.NoticeView;

/**
 * The notices of one procurement, as {@code flagged} shows them: the flagged notice with what its linked notices
 * add (the winner, the award amount, the end).
 *
 * @param status open, awarded or terminated
 * @param notice the first flagged notice of the case (usually the tender)
 * @param winners the winning suppliers from the case's award notices
 * @param flags the flags of every notice in the case
 * @param notices every notice of the case, oldest first
 * @param screening the screening hits of every notice of the case, each screened at its own date (so a USTC
 *     tender from before the listing has none, and the award after it carries the hit)
 */
public record CaseView(
    String caseId,
    String status,
    NoticeView notice,
    List<NoticeView.Supplier> winners,
    BigDecimal awardCny,
    List<NoticeView.FlagEvidence> flags,
    List<NoticeView> notices,
    List<NoticeView.Screening> screening) {}
