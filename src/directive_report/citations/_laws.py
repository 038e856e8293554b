"""Names of Vietnamese laws, codes and ordinances, so that a law cited by name is read to its exact end.

A law's name may contain commas and "và" ("Luật Phòng, chống tham nhũng", "Luật Tổ chức Hội đồng
nhân dân và Ủy ban nhân dân"), so its end cannot be told from the words alone.  Names are given
as in the laws' own titles, without "Luật"; matching ignores case and spacing.  A name missing
from this list is still read when a year or a number follows it ("Luật Thủ đô năm 2024").
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable

from directive_report.citations._letters import TONE_PLACEMENTS, modern_tones

__all__ = [
    "CODE_NAMES",
    "LAW_NAMES",
    "ORDINANCE_NAMES",
    "i_or_y",
    "known_with_letters_lost",
    "known_written_loosely",
    "runs_on_loosely",
    "y_as_i",
]

# "i" and "y" with the same tone mark: after a consonant, ending a syllable, either is written
# for the other ("liệt sĩ" and "liệt sỹ", "Sĩ quan" and "Sỹ quan", "Quản lý" and "Quản lí").
_I_BY_Y = dict(zip("yýỳỷỹỵ", "iíìỉĩị", strict=True))
_CONSONANT = "bcdđghklmnpqrstvx"
_Y_AFTER_CONSONANT = re.compile(f"(?<=[{_CONSONANT}])[{''.join(_I_BY_Y)}]")
_FINAL_I_OR_Y = re.compile(
    f"(?<=[{_CONSONANT}{_CONSONANT.upper()}])[{''.join(_I_BY_Y)}{''.join(_I_BY_Y.values())}](?!\\w)"
)


@functools.lru_cache(maxsize=4096)
def y_as_i(key: str) -> str:
    """*key* (a name in lower case) with each "y" after a consonant written "i": names that
    differ only there are the same (see :func:`i_or_y`)."""
    return _Y_AFTER_CONSONANT.sub(lambda m: _I_BY_Y[m[0]], key)


def i_or_y(pattern: str) -> str:
    """*pattern* (names in lower case or with capitals, escaped) matching "i" or "y" where one
    ends a syllable after a consonant ("sĩ" or "sỹ")."""

    def either(match: re.Match[str]) -> str:
        i = _I_BY_Y.get(match[0], match[0])
        y = next(y for y, other in _I_BY_Y.items() if other == i)
        return f"[{i}{y}]"

    return _FINAL_I_OR_Y.sub(either, pattern)


#: Names of codes (Bộ luật).
CODE_NAMES: tuple[str, ...] = (
    "Dân sự",
    "Hình sự",
    "Hàng hải Việt Nam",
    "Lao động",
    "Tố tụng dân sự",
    "Tố tụng hình sự",
)

#: Names of laws (Luật), current and repealed (repealed laws are still cited).
LAW_NAMES: tuple[str, ...] = (
    "An ninh mạng",
    "An ninh quốc gia",
    "An toàn thông tin mạng",
    "An toàn thực phẩm",
    "An toàn, vệ sinh lao động",
    "Ban hành quyết định hành chính",
    "Ban hành văn bản quy phạm pháp luật",
    "Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân và Ủy ban nhân dân",
    "Ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân",
    "Biên giới quốc gia",
    "Biên phòng Việt Nam",
    "Biển Việt Nam",
    "Báo chí",
    "Bình đẳng giới",
    "Bưu chính",
    "Bảo hiểm tiền gửi",
    "Bảo hiểm xã hội",
    "Bảo hiểm y tế",
    "Bảo vệ bí mật nhà nước",
    "Bảo vệ dữ liệu cá nhân",
    "Bảo vệ môi trường",
    "Bảo vệ quyền lợi người tiêu dùng",
    "Bảo vệ sức khỏe nhân dân",
    "Bảo vệ và phát triển rừng",
    "Bảo vệ, chăm sóc và giáo dục trẻ em",
    "Bầu cử đại biểu Hội đồng nhân dân",
    "Bầu cử đại biểu Quốc hội",
    "Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân",
    "Chuyển giao công nghệ",
    "Chăn nuôi",
    "Chất lượng sản phẩm, hàng hóa",
    "Chống tham nhũng",
    "Chứng khoán",
    "Các tổ chức tín dụng",
    "Cán bộ, công chức",
    "Cán bộ, công chức và Luật Viên chức",
    "Công an nhân dân",
    "Công chứng",
    "Công nghiệp công nghệ số",
    "Công nghiệp quốc phòng, an ninh và động viên công nghiệp",
    "Công nghệ cao",
    "Công nghệ thông tin",
    "Công đoàn",
    "Căn cước",
    "Căn cước công dân",
    "Cơ quan đại diện nước Cộng hòa xã hội chủ nghĩa Việt Nam ở nước ngoài",
    "Cơ yếu",
    "Cư trú",
    "Cạnh tranh",
    "Cảnh sát biển Việt Nam",
    "Cảnh sát cơ động",
    "Cảnh vệ",
    "Di sản văn hóa",
    "Doanh nghiệp",
    "Doanh nghiệp nhà nước",
    "Doanh nghiệp tư nhân",
    "Du lịch",
    "Dân quân tự vệ",
    "Dân số",
    "Dược",
    "Dầu khí",
    "Dữ liệu",
    "Dự trữ quốc gia",
    "Giao dịch điện tử",
    "Giao thông đường bộ",
    "Giao thông đường thủy nội địa",
    "Giá",
    "Giám định tư pháp",
    "Giáo dục",
    "Giáo dục nghề nghiệp",
    "Giáo dục quốc phòng và an ninh",
    "Giáo dục đại học",
    "Hiến, lấy, ghép mô, bộ phận cơ thể người và hiến, lấy xác",
    "Hoạt động chữ thập đỏ",
    "Hoạt động giám sát của Quốc hội và Hội đồng nhân dân",
    "Hàng không dân dụng Việt Nam",
    "Hòa giải ở cơ sở",
    "Hòa giải, đối thoại tại Tòa án",
    "Hóa chất",
    "Hôn nhân và gia đình",
    "Hải quan",
    "Hỗ trợ doanh nghiệp nhỏ và vừa",
    "Hộ tịch",
    "Hợp nhất văn bản quy phạm pháp luật",
    "Hợp tác xã",
    "Khiếu nại",
    "Khiếu nại, tố cáo",
    "Khoa học và công nghệ",
    "Khoa học, công nghệ và đổi mới sáng tạo",
    "Khoáng sản",
    "Khuyến khích đầu tư trong nước",
    "Khám bệnh, chữa bệnh",
    "Khí tượng thủy văn",
    "Kinh doanh bảo hiểm",
    "Kinh doanh bất động sản",
    "Kiến trúc",
    "Kiểm toán nhà nước",
    "Kiểm toán độc lập",
    "Kế toán",
    "Luật sư",
    "Lâm nghiệp",
    "Lý lịch tư pháp",
    "Lưu trữ",
    "Lực lượng dự bị động viên",
    "Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở",
    "Mặt trận Tổ quốc Việt Nam",
    "Nghĩa vụ quân sự",
    "Ngân hàng Nhà nước Việt Nam",
    "Ngân sách nhà nước",
    "Người cao tuổi",
    "Người khuyết tật",
    "Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng",
    "Nhà giáo",
    "Nhà ở",
    "Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam",
    "Nuôi con nuôi",
    "Năng lượng nguyên tử",
    "Phá sản",
    "Phá sản doanh nghiệp",
    "Phí và lệ phí",
    "Phòng cháy và chữa cháy",
    "Phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    "Phòng không nhân dân",
    "Phòng thủ dân sự",
    "Phòng, chống HIV/AIDS",
    "Phòng, chống bạo lực gia đình",
    "Phòng, chống bệnh truyền nhiễm",
    "Phòng, chống khủng bố",
    "Phòng, chống ma túy",
    "Phòng, chống mua bán người",
    "Phòng, chống mại dâm",
    "Phòng, chống rửa tiền",
    "Phòng, chống tham nhũng",
    "Phòng, chống thiên tai",
    "Phòng, chống tác hại của rượu, bia",
    "Phòng, chống tác hại của thuốc lá",
    "Phổ biến, giáo dục pháp luật",
    "Quy hoạch",
    "Quy hoạch đô thị",
    "Quy hoạch đô thị và nông thôn",
    "Quân nhân chuyên nghiệp, công nhân và viên chức quốc phòng",
    "Quản lý ngoại thương",
    "Quản lý nợ công",
    "Quản lý thuế",
    "Quản lý, bảo vệ công trình quốc phòng và khu quân sự",
    "Quản lý, sử dụng tài sản công",
    "Quản lý, sử dụng tài sản nhà nước",
    "Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ",
    "Quản lý, sử dụng vốn nhà nước đầu tư vào sản xuất, kinh doanh tại doanh nghiệp",
    "Quảng cáo",
    "Quốc phòng",
    "Quốc tịch Việt Nam",
    "Sĩ quan Quân đội nhân dân Việt Nam",
    "Sở hữu trí tuệ",
    "Sử dụng năng lượng tiết kiệm và hiệu quả",
    "Thanh niên",
    "Thanh tra",
    "Thi hành tạm giữ, tạm giam",
    "Thi hành án dân sự",
    "Thi hành án hình sự",
    "Thi đua, khen thưởng",
    "Thuế bảo vệ môi trường",
    "Thuế chuyển quyền sử dụng đất",
    "Thuế giá trị gia tăng",
    "Thuế sử dụng đất nông nghiệp",
    "Thuế sử dụng đất phi nông nghiệp",
    "Thuế thu nhập cá nhân",
    "Thuế thu nhập doanh nghiệp",
    "Thuế thu nhập đối với người có thu nhập cao",
    "Thuế tiêu thụ đặc biệt",
    "Thuế tài nguyên",
    "Thuế xuất khẩu, thuế nhập khẩu",
    "Thú y",
    "Thư viện",
    "Thương mại",
    "Thể dục, thể thao",
    "Thỏa thuận quốc tế",
    "Thống kê",
    "Thủ đô",
    "Thủy lợi",
    "Thủy sản",
    "Thực hiện dân chủ ở cơ sở",
    "Thực hành tiết kiệm, chống lãng phí",
    "Tiêu chuẩn và quy chuẩn kỹ thuật",
    "Tiếp công dân",
    "Tiếp cận thông tin",
    "Trách nhiệm bồi thường của Nhà nước",
    "Trưng cầu ý dân",
    "Trật tự, an toàn giao thông đường bộ",
    "Trẻ em",
    "Trọng tài thương mại",
    "Trồng trọt",
    "Trợ giúp pháp lý",
    "Tài nguyên nước",
    "Tài nguyên, môi trường biển và hải đảo",
    "Tín ngưỡng, tôn giáo",
    "Tư pháp người chưa thành niên",
    "Tương trợ tư pháp",
    "Tần số vô tuyến điện",
    "Tố cáo",
    "Tố tụng hành chính",
    "Tổ chức Chính phủ",
    "Tổ chức HĐND và UBND",
    "Tổ chức Hội đồng nhân dân và Ủy ban nhân dân",
    "Tổ chức Hội đồng nhân dân, Ủy ban nhân dân",
    "Tổ chức Quốc hội",
    "Tổ chức Tòa án nhân dân",
    "Tổ chức Viện kiểm sát nhân dân",
    "Tổ chức chính quyền địa phương",
    "Tổ chức cơ quan điều tra hình sự",
    "Viên chức",
    "Viễn thông",
    "Việc làm",
    "Xuất bản",
    "Xuất cảnh, nhập cảnh của công dân Việt Nam",
    "Xây dựng",
    "Xử lý vi phạm hành chính",
    "Xử phạt vi phạm hành chính",
    "Đa dạng sinh học",
    "Điều ước quốc tế",
    "Điện lực",
    "Điện ảnh",
    "Đo lường",
    "Đo đạc và bản đồ",
    "Đê điều",
    "Đường bộ",
    "Đường sắt",
    "Đất đai",
    "Đấu giá tài sản",
    "Đấu thầu",
    "Đầu tư",
    "Đầu tư công",
    "Đầu tư nước ngoài tại Việt Nam",
    "Đầu tư theo phương thức đối tác công tư",
    "Đặc xá",
    "Địa chất và khoáng sản",
    "Ưu đãi người có công với cách mạng",
)

#: Names of ordinances (Pháp lệnh) of the National Assembly's Standing Committee, current and
#: repealed, that no law of the list shares (laws and ordinances are looked up in one list:
#: "Pháp lệnh Cơ yếu" and "Luật Cơ yếu"). The 1994 ordinance on people with merit is named as
#: its own title prints it ("liệt sỹ").
ORDINANCE_NAMES: tuple[str, ...] = (
    "Bưu chính, viễn thông",
    "Bảo hộ lao động",
    "Bảo vệ công trình quốc phòng và khu quân sự",
    "Bảo vệ và kiểm dịch thực vật",
    "Bộ đội biên phòng",
    "Chi phí tố tụng",
    "Chất lượng hàng hóa",
    "Công an xã",
    "Cựu chiến binh",
    "Giống cây trồng",
    "Giống vật nuôi",
    "Hành nghề y, dược tư nhân",
    "Hợp đồng dân sự",
    "Hợp đồng kinh tế",
    "Khai thác và bảo vệ công trình thủy lợi",
    "Kiểm sát viên Viện kiểm sát nhân dân",
    "Lưu trữ quốc gia",
    "Lực lượng Cảnh sát biển Việt Nam",
    "Nghĩa vụ lao động công ích",
    "Ngoại hối",
    "Phòng, chống lụt, bão",
    "Quản lý thị trường",
    "Thuế nhà, đất",
    "Thẩm phán và Hội thẩm Tòa án nhân dân",
    "Thủ tục bắt giữ tàu biển",
    "Thủ tục giải quyết các tranh chấp lao động",
    "Thủ tục giải quyết các vụ án dân sự",
    "Thủ tục giải quyết các vụ án hành chính",
    "Thủ tục giải quyết các vụ án kinh tế",
    "Thủ đô Hà Nội",
    "Thực hiện dân chủ ở xã, phường, thị trấn",
    "Trình tự, thủ tục xem xét, quyết định áp dụng các biện pháp xử lý hành chính tại Tòa án nhân dân",
    "Tình trạng khẩn cấp",
    "Tổ chức Tòa án quân sự",
    "Tổ chức luật sư",
    "Tổ chức điều tra hình sự",
    "Vệ sinh an toàn thực phẩm",
    "Án phí, lệ phí Tòa án",
    "Ưu đãi người hoạt động cách mạng, liệt sỹ và gia đình liệt sỹ, thương binh, bệnh binh, người hoạt động kháng chiến, người có công giúp đỡ cách mạng",
)


# What a font without the glyphs of accented letters leaves of a name: its plain letters but for
# "h" and "g", which it may lose with the vowel after them ("nhân" as "nn", "pháp" as "pp").
_KEPT = frozenset(string.ascii_lowercase) - {"h", "g"}
_MARKED = frozenset("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")


# "oà", "oé", "uỳ" ... before a letter: a closed syllable ("hoạch", "Huỳnh"), whose mark has one
# place only, the second vowel's; only an open one's ("hoà", "hòa") is moved to compare them.
_CLOSED_PAIR = re.compile("(?:" + "|".join(old for _, old in TONE_PLACEMENTS) + r")[^\W\d_]")


def _letters(word: str) -> str:
    folded = word.casefold()
    return y_as_i(folded if _CLOSED_PAIR.search(folded) else modern_tones(folded))


def _kept(letters: str) -> str:
    return "".join(c for c in letters if c in _KEPT)


@functools.cache
def _names_by_kept_letters() -> dict[str, tuple[tuple[str, str], ...]]:
    """The known names of two words and eight letters or more (their letters and the name), by
    the letters a font without accented glyphs keeps."""
    index: dict[str, list[tuple[str, str]]] = {}
    for name in (*LAW_NAMES, *CODE_NAMES, *ORDINANCE_NAMES):
        letters = "".join(map(_letters, re.findall(r"[^\W\d_]+", name)))
        if len(name.split()) >= 2 and len(letters) >= 8:
            index.setdefault(_kept(letters), []).append((letters, name))
    return {kept: tuple(names) for kept, names in index.items()}


@functools.cache
def _kept_beginnings() -> frozenset[str]:
    """The beginnings of the known names' kept letters (see :func:`_names_by_kept_letters`)."""
    return frozenset(kept[:n] for kept in _names_by_kept_letters() for n in range(len(kept)))


@functools.cache
def _lost_glyphs(known: str) -> re.Pattern[str]:
    """What a font without accented glyphs may leave of *known* (a name's letters): each
    accented vowel kept or lost, with the "h" or "g" before it."""
    pieces, position = [], 0
    while position < len(known):
        letter = known[position]
        if letter in "hg" and known[position + 1 : position + 2] in _MARKED:
            pieces.append(f"(?:{letter}{known[position + 1]}?)?")
            position += 2
        else:
            pieces.append(f"{letter}?" if letter in _MARKED else letter)
            position += 1
    return re.compile("".join(pieces))


def known_with_letters_lost(words: list[str]) -> tuple[int, str] | None:
    """The longest known name that the first of *words* (pieces of words as written) write with
    a few accented letters lost, as a font without their glyphs leaves them ("Cht lượng sản
    phẩm, hàng hóa" for "Chất lượng sản phẩm, hàng hóa", "T ch c Chính ph" for "Tổ chức
    Chính phủ"): how many of *words* it takes, and the name; None if there is none. A name of
    two words and eight letters or more, a third of its letters lost at most."""
    written: list[str] = []
    kept = ""
    beginnings = _kept_beginnings()
    for word in words:  # as far as the words may begin a name (most stop at the first)
        if kept not in beginnings:
            break
        written.append(_letters(word))
        kept += _kept(written[-1])
    index = _names_by_kept_letters()
    for count in range(len(written), 0, -1):
        letters = "".join(written[:count])
        for known, name in index.get(_kept(letters), ()):
            lost = len(known) - len(letters)
            if 0 < 3 * lost <= len(known) and _lost_glyphs(known).fullmatch(letters):
                return count, name
    return None


# Words administrative text abbreviates inside a law's name ("Luật Ban hành văn bản QPPL của
# HĐND và UBND"), by the words they stand for; and "các", which it slips in ("Luật ban hành các
# văn bản quy phạm pháp luật"): a loose key leaves it out.
_ABBREVIATED_WORDS = {
    "hđnd": ("hội", "đồng", "nhân", "dân"),
    "ubnd": ("ủy", "ban", "nhân", "dân"),
    "qppl": ("quy", "phạm", "pháp", "luật"),
    "vbqppl": ("văn", "bản", "quy", "phạm", "pháp", "luật"),
    "tand": ("tòa", "án", "nhân", "dân"),
    "vksnd": ("viện", "kiểm", "sát", "nhân", "dân"),
}
_LOOSE_TOKEN = re.compile(r"[^\W\d_]+|,")


def loose_key(word: str) -> tuple[str, ...]:
    """The words *word* (a word or a comma, as written) stands for in a loose key: its letters in
    lower case, an abbreviation's words, nothing for "các"."""
    letters = _letters(word)
    if letters == "các":
        return ()
    return _ABBREVIATED_WORDS.get(letters, (letters,))


@functools.cache
def _names_by_loose_key() -> dict[tuple[str, ...], str]:
    """The known names by their loose keys: as titled, and without their commas."""
    index: dict[tuple[str, ...], str] = {}
    for name in (*LAW_NAMES, *CODE_NAMES, *ORDINANCE_NAMES):
        key = tuple(word for token in _LOOSE_TOKEN.findall(name) for word in loose_key(token))
        index.setdefault(key, name)
        index.setdefault(tuple(word for word in key if word != ","), name)
    return index


@functools.cache
def _loose_beginnings() -> frozenset[tuple[str, ...]]:
    """The proper beginnings of the known names' loose keys."""
    return frozenset(key[:n] for key in _names_by_loose_key() for n in range(len(key)))


@functools.cache
def _loose_key_of(name: str) -> tuple[str, ...]:
    return tuple(word for token in _LOOSE_TOKEN.findall(name) for word in loose_key(token))


@functools.lru_cache(maxsize=4096)
def runs_on_loosely(name: str, token: str) -> bool:
    """Whether the known *name* and the *token* after it (a word or a comma, as written) begin
    a longer known name written loosely ("Khiếu nại" and "tố" of "Khiếu nại tố cáo"): only then
    is a known name read again loosely."""
    key = _loose_key_of(name) + loose_key(token)
    return key in _loose_beginnings() or key in _names_by_loose_key()


def known_written_loosely(tokens: Iterable[str]) -> tuple[int, str] | None:
    """The longest known name that the first of *tokens* (words and commas, as written) write
    loosely: without the commas of its title ("Khiếu nại tố cáo"), with a body or a phrase
    abbreviated ("của HĐND và UBND", "văn bản QPPL") or "các" slipped in ("ban hành các văn
    bản ..."); how many tokens it takes, and the name; None if there is none. Two words at
    least."""
    index, beginnings = _names_by_loose_key(), _loose_beginnings()
    key: tuple[str, ...] = ()
    found = None
    for count, token in enumerate(tokens, 1):
        key += loose_key(token)
        if len(key) >= 2 and key in index:
            found = count, index[key]
        if key not in beginnings:
            break
    return found
