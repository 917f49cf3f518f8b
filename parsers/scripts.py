"""The Unicode ranges of the scripts the parsers and detectors treat apart, written once.

Each constant is a range (or ranges) to put inside a regex character class: f"[{KANA}{CJK_IDEOGRAPHS}]".
Chinese and Japanese set no spaces between words; Korean spaces its words but joins particles to them; Thai
sets no spaces either. What each detector does with a script is its own; where the ranges are is here.
"""

from __future__ import annotations

# Thai.
THAI = "\u0e00-\u0e7f"
# Hiragana and Katakana (the two kana blocks, one after the other).
KANA = "\u3040-\u30ff"
HIRAGANA = "\u3040-\u309f"
KATAKANA = "\u30a0-\u30ff"
# Katakana set half-width (ｦ to ﾟ), as Japanese pages copied from old systems have it.
HALFWIDTH_KATAKANA = "\uff66-\uff9f"
# Chinese characters: CJK Unified Ideographs Extension A and the main block (used by Japanese and Korean too).
CJK_IDEOGRAPHS = "\u3400-\u4dbf\u4e00-\u9fff"
# Hangul: the syllables as assigned (가 to 힣), and the whole Hangul Syllables block.
HANGUL_SYLLABLES = "\uac00-\ud7a3"
HANGUL = "\uac00-\ud7af"
# Hangul letters: the conjoining jamo and the compatibility jamo (ㄱ, ㅋ) chat nicknames are written in.
HANGUL_JAMO = "\u1100-\u11ff\u3130-\u318f"
# Half-width and full-width forms: Ｇ, ０, ！ as East Asian text sets Latin letters, digits and stops.
FULLWIDTH_FORMS = "\uff00-\uffef"

# Chinese and Japanese, whose text runs on with no space between words.
UNSPACED = KANA + CJK_IDEOGRAPHS
# Chinese, Japanese and Korean (kana, Chinese characters, Hangul).
CJK = UNSPACED + HANGUL
