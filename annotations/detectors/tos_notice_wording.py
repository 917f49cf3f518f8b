"""Wording that announces a change to a document instead of stating its terms.

A company's email, banner or pop-up tells users "We have made some updates to our Terms of Service" or asks them to
"read the new terms in full"; pages paste such a notice under a screenshot's caption, an email a poster received or a
blog's "Here's what I received". It names the document as a thing apart and speaks of changing it, as terms
speaking for themselves ("We may update these Terms") do not: an in-app or emailed notice is no terms (GUIDELINES),
however it names them (role change_notice_wording).
"""

from __future__ import annotations

from annotations.detectors.tos_vocabulary import role_pattern

__all__ = ["announces_change"]


def announces_change(wording: str) -> bool:
    """Whether quoted or set-off wording tells users of a change to a document ("We have made changes to our Dispute
    Resolution Terms", "We encourage you to read the updated terms", "within 30 days of receiving this email")."""
    return role_pattern("change_notice_wording").search(wording) is not None
