"""The names and abbreviations of the built-in issuer table (data only; the table is built in
:mod:`directive_report.citations.issuers`)."""

from __future__ import annotations

# Names holding words in lower case or a dash, read whole: the Front and the socio-political
# organisations (Hiến pháp 2013, Điều 9), a council's committees (Luật Tổ chức chính quyền địa
# phương 2015, Điều 18: "Ban Kinh tế\n- Ngân sách" is no list's item).
WHOLE_NAMES = ("Mặt trận Tổ quốc Việt Nam", "Tổng Liên đoàn Lao động Việt Nam",
                "Hội Liên hiệp Phụ nữ Việt Nam", "Hội Nông dân Việt Nam", "Hội Cựu chiến binh Việt Nam",
                "Đoàn Thanh niên Cộng sản Hồ Chí Minh", "Ban Kinh tế - Ngân sách", "Ban Văn hóa - Xã hội")  # fmt: skip


#: National bodies named by their ký hiệu (NĐ 30/2020 and the normative documents' symbols); a
#: ký hiệu naming one of them gives the citation's inferred issuer.  Ministries merged in 2025
#: keep their historical abbreviations, since older documents are cited by them.
INFERRED: tuple[tuple[str, str], ...] = (
    ("CP", "Chính phủ"),
    ("TTg", "Thủ tướng Chính phủ"),
    ("VPCP", "Văn phòng Chính phủ"),
    ("QH{khóa}", "Quốc hội khóa {khóa}"),
    ("UBTVQH{khóa}", "Ủy ban Thường vụ Quốc hội khóa {khóa}"),
    ("CTN", "Chủ tịch nước"),
    ("BCA", "Bộ Công an"),
    ("BQP", "Bộ Quốc phòng"),
    ("BNG", "Bộ Ngoại giao"),
    ("BNV", "Bộ Nội vụ"),
    ("BTP", "Bộ Tư pháp"),
    ("BTC", "Bộ Tài chính"),
    ("BCT", "Bộ Công Thương"),
    ("BKHĐT", "Bộ Kế hoạch và Đầu tư"),
    ("BTTTT", "Bộ Thông tin và Truyền thông"),
    ("BKHCN", "Bộ Khoa học và Công nghệ"),
    ("BGDĐT", "Bộ Giáo dục và Đào tạo"),
    ("BYT", "Bộ Y tế"),
    ("BXD", "Bộ Xây dựng"),
    ("BGTVT", "Bộ Giao thông vận tải"),
    ("BTNMT", "Bộ Tài nguyên và Môi trường"),
    ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"),
    ("BNN", "Bộ Nông nghiệp và Phát triển nông thôn"),  # its công văn's: "4836/BNN-VPĐP"
    ("BNNMT", "Bộ Nông nghiệp và Môi trường"),
    ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),
    ("LĐTBXH", "Bộ Lao động - Thương binh và Xã hội"),  # its công văn: "LĐTBXH-VP"
    ("BLĐBXH", "Bộ Lao động - Thương binh và Xã hội"),  # a copy's, without its "T"
    ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch"),
    ("BDTTG", "Bộ Dân tộc và Tôn giáo"),
    ("UBDT", "Ủy ban Dân tộc"),
    ("NHNN", "Ngân hàng Nhà nước Việt Nam"),
    ("TTCP", "Thanh tra Chính phủ"),
    ("KTNN", "Kiểm toán nhà nước"),
    ("TANDTC", "Tòa án nhân dân tối cao"),
    ("VKSNDTC", "Viện kiểm sát nhân dân tối cao"),
    ("VKSTC", "Viện kiểm sát nhân dân tối cao"),  # its own ký hiệu: "HD-VKSTC"
    ("HĐTP", "Hội đồng Thẩm phán Tòa án nhân dân tối cao"),
    ("VPQH", "Văn phòng Quốc hội"),
    ("HĐBT", "Hội đồng Bộ trưởng"),  # the Government of 1981-1992: "135-HĐBT"
)

#: Local abbreviations, known for their case only: they name no one body.
CASE_ONLY: tuple[tuple[str, str], ...] = (
    ("UBND", "Ủy ban nhân dân"),
    ("HĐND", "Hội đồng nhân dân"),
    ("CAT", "Công an tỉnh"),
    ("TW", "Ban Chấp hành Trung ương"),
)

#: Bodies that cite without an abbreviation, known by their names.
NAMED: tuple[tuple[None, str], ...] = (
    (None, "Bộ Chính trị"),
    (None, "Ban Bí thư"),
    (None, "Ban Bí thư Trung ương Đảng"),
    (None, "Ban Chấp hành Trung ương Đảng"),
    (None, "Quốc hội"),
    (None, "Ủy ban Thường vụ Quốc hội"),
    (None, "Ban Thường vụ Tỉnh ủy"),
    (None, "Tỉnh ủy"),
    (None, "Thành ủy"),
    (None, "Ban Tổ chức Trung ương"),
    (None, "Ban Tuyên giáo Trung ương"),
    *((None, name) for name in WHOLE_NAMES),
    # a province's department named as the ministry it mirrors, with its comma
    (None, "Sở Văn hóa, Thể thao và Du lịch"),
)
