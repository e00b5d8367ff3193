"""Builds mojibake_zh_cases.jsonl: news sentences put through real encoding mix-ups.

    .venv/bin/python tests/data/mojibake_zh_make_cases.py      # rewrites mojibake_zh_cases.jsonl

Each case is a sentence written for these tests in the style of news wire copy (no text copied
from a site) and a ``kind``, the mix-up it goes through, done with Python's own codecs and
errors="replace", as a browser or a scraper that guesses the wrong encoding does:

    utf8-as-gb18030, utf8-as-gbk, utf8-as-big5   UTF-8 bytes decoded as GB18030, GBK, Big5 (cp950)
    gbk-as-latin1, gbk-as-cp1252, big5-as-latin1, big5-as-cp1252
                                                 GBK or Big5 bytes decoded as Latin-1/Windows-1252
    gbk-as-utf8                                  GBK bytes decoded as UTF-8 (U+FFFD runs)
    gbk-as-utf8-as-gbk                           ... that text saved as UTF-8 and read as GBK:
                                                 "锟斤拷" runs (the part in [brackets] only)

Each record also says what the mix-up kept, computed here from the bytes alone (not from the
repair code):

    lost        how many characters in ``mojibake`` stand for bytes a decoder dropped (U+FFFD,
                one byte each when decoded as GBK/GB18030/Big5, one or more as UTF-8; "锟斤拷")
    lossless    true when the source can be told from ``mojibake`` alone: no byte was lost, or
                each character that lost bytes has exactly one reading made of common characters
                (below) among all the bytes the decoders of its family (GBK and GB18030, or Big5
                and cp950) would have dropped there; false when information is lost for good

Common characters are those of the standards' frequency-chosen first levels: GB2312 level 1 (the
3,755 commonest hanzi), Big5 level 1 (5,401 common hanzi), JIS X 0208 level 1 (2,965 kanji),
the 2,350 hangul syllables of KS X 1001, kana, CJK and full-width punctuation, printable ASCII.
All are computed from Python's codecs: no data file, nothing to licence.
"""

from __future__ import annotations

import json
import re
from itertools import product
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

HERE = Path(__file__).resolve().parent
OUT = HERE / "mojibake_zh_cases.jsonl"

MIX_UPS = {  # kind: (encoding written, encoding read)
    "utf8-as-gb18030": ("utf-8", "gb18030"),
    "utf8-as-gbk": ("utf-8", "gbk"),
    "utf8-as-big5": ("utf-8", "cp950"),
    "gbk-as-cp1252": ("gbk", "sloppy-windows-1252"),
    "gbk-as-latin1": ("gbk", "latin-1"),
    "big5-as-cp1252": ("big5", "sloppy-windows-1252"),
    "big5-as-latin1": ("big5", "latin-1"),
    "gbk-as-utf8": ("gbk", "utf-8"),
}
FAMILY = {"gb18030": ("gbk", "gb18030"), "gbk": ("gbk", "gb18030"), "cp950": ("cp950", "big5")}

SENTENCES = [  # (kind, sentence); in gbk-as-utf8-as-gbk, the [bracketed] part is garbled
    ("utf8-as-gb18030", "新华社北京3月5日电 国务院总理在人民大会堂作政府工作报告。"),
    ("utf8-as-gb18030", "国家统计局今天发布数据，一季度国内生产总值同比增长百分之五点三。"),
    ("utf8-as-gb18030", "上海证券交易所宣布，将于下月起调整部分交易规则。"),
    ("utf8-as-gb18030", "受强降雨影响，南方多地出现洪涝灾害，当地政府已启动应急预案。"),
    ("utf8-as-gb18030", "中国人民银行决定下调金融机构存款准备金率零点五个百分点。"),
    ("utf8-as-gb18030", "教育部发布通知，要求各地加强中小学生课外活动管理。"),
    ("utf8-as-gb18030", "据气象台预报，未来三天华北地区将迎来大范围降温天气。"),
    ("utf8-as-gb18030", "第十九届亚运会在杭州开幕，来自四十五个国家和地区的运动员参赛。"),
    ("utf8-as-gb18030", "商务部新闻发言人表示，中方愿同各方共同维护多边贸易体制。"),
    ("utf8-as-gb18030", "深圳市政府出台新政策，支持新能源汽车产业发展。"),
    ("utf8-as-gb18030", "交通运输部表示，春运期间全国铁路预计发送旅客四亿八千万人次。"),
    ("utf8-as-gb18030", "国家卫生健康委员会通报，全国流感疫情总体呈下降趋势。"),
    ("utf8-as-gb18030", "北京冬奥会志愿者招募工作正式启动，报名人数超过九十万。"),
    ("utf8-as-gb18030", "外交部发言人在例行记者会上回答了有关问题。"),
    ("utf8-as-gbk", "广东省今年计划新建保障性住房十五万套。"),
    ("utf8-as-gbk", "科技部公布了年度国家重点研发计划项目名单。"),
    ("utf8-as-gbk", "长江三峡水利枢纽工程迎来年度最大洪峰，运行平稳。"),
    ("utf8-as-gbk", "农业农村部指出，今年夏粮生产形势总体良好。"),
    ("utf8-as-gbk", "中国航天科技集团成功发射一颗新型通信卫星。"),
    ("utf8-as-gbk", "世界卫生组织专家组抵达武汉，开展溯源研究工作。"),
    ("gbk-as-cp1252", "国内首条跨海高铁主体工程完工，预计明年通车。"),
    ("gbk-as-cp1252", "财政部发行二〇二四年第一期超长期特别国债。"),
    ("gbk-as-cp1252", "国家文物局宣布，三星堆遗址新发现六个祭祀坑。"),
    ("gbk-as-cp1252", "香港特区政府公布施政报告，提出多项改善民生措施。"),
    ("gbk-as-cp1252", "工业和信息化部推动第五代移动通信网络建设。"),
    ("gbk-as-cp1252", "全国人大常委会审议通过了修改后的环境保护法。"),
    ("gbk-as-cp1252", "海关总署数据显示，前两个月我国外贸进出口总值增长八点七。"),
    ("gbk-as-cp1252", "中国女排在世界联赛中以三比一战胜对手，获得冠军。"),
    ("gbk-as-cp1252", "最高人民法院发布典型案例，依法惩治网络诈骗犯罪。"),
    ("gbk-as-cp1252", "国家发展改革委表示将继续做好能源保供稳价工作。"),
    ("gbk-as-latin1", "云南省发生五点二级地震，暂无人员伤亡报告。"),
    ("gbk-as-latin1", "中国科学院团队在量子计算领域取得重要突破。"),
    ("gbk-as-latin1", "文化和旅游部统计，国庆假期国内旅游出游人次同比增长。"),
    ("gbk-as-latin1", "生态环境部通报了重点区域大气污染防治情况。"),
    ("gbk-as-latin1", "国务院新闻办公室举行发布会，介绍经济运行情况。"),
    ("gbk-as-latin1", "浙江杭州亚运会组委会公布吉祥物设计方案。"),
    ("gbk-as-latin1", "北京大兴国际机场旅客吞吐量突破四千万人次。"),
    ("gbk-as-latin1", "国家知识产权局公布专利审查新规，自下月起施行。"),
    ("gbk-as-latin1", "全国城镇新增就业人数超过一千二百万人，完成全年目标。"),
    ("gbk-as-latin1", "中欧班列开行数量再创新高，累计开行超过八万列。"),
    ("big5-as-cp1252", "行政院今日召開記者會，說明年度預算編列情形。"),
    ("big5-as-cp1252", "臺北市政府宣布，捷運新路線將於明年正式通車。"),
    ("big5-as-cp1252", "中央氣象署發布颱風警報，提醒民眾注意強風豪雨。"),
    ("big5-as-cp1252", "立法院三讀通過勞動基準法部分條文修正案。"),
    ("big5-as-cp1252", "香港特區政府公布最新施政報告，提出多項房屋政策。"),
    ("big5-as-latin1", "經濟部表示，今年出口金額可望創下歷史新高。"),
    ("big5-as-latin1", "衛生福利部提醒民眾，流感疫苗接種計畫即將展開。"),
    ("big5-as-latin1", "國家運動訓練中心舉辦記者會，介紹奧運代表隊名單。"),
    ("utf8-as-big5", "教育部公布新學年課程綱要，強調閱讀與科學素養。"),
    ("utf8-as-big5", "交通部觀光署統計，上半年來臺旅客人數明顯增加。"),
    ("utf8-as-gb18030", "日本政府は本日、新たな経済対策を発表した。"),
    ("utf8-as-gb18030", "東京証券取引所で日経平均株価が大幅に上昇した。"),
    ("utf8-as-gb18030", "気象庁は関東地方に大雨警報を発表した。"),
    # paragraphs of two sentences, as a page's text comes: a byte lost at one sentence's end
    # only where the bytes happen to fall out of step
    ("utf8-as-gb18030", "记者从水利部获悉，今年汛期全国共有二十三条河流发生超警洪水。各地已转移群众十二万人。"),
    ("utf8-as-gb18030", "国家能源局发布数据，今年前十个月全社会用电量同比增长。其中第三产业用电量增长最快。"),
    ("utf8-as-gbk", "市场监管总局开展食品安全专项检查，抽检样品三千余批次。检查结果将向社会公布。"),
    ("utf8-as-gbk", "本报讯 2024年全国高考报名人数达1342万，比去年增加51万人。"),
    ("utf8-as-gb18030", "新华社广州12月3日电（记者王明）广东省今天召开新闻发布会，介绍港珠澳大桥运营情况。"),
    ("utf8-as-gb18030", "中国载人航天工程办公室宣布，神舟飞船将于近日择机发射。"),
    # headlines (no closing punctuation): where a run of hanzi has an even number of bytes and
    # no byte 0x80 falls where GBK expects a lead byte, nothing is lost
    ("utf8-as-gb18030", "国务院常务会议部署稳就业工作"),
    ("utf8-as-gb18030", "央行宣布下调存款准备金率 释放长期资金"),
    ("utf8-as-gbk", "全国铁路暑运发送旅客创历史新高"),
    ("utf8-as-gbk", "我国成功发射新一代气象卫星"),
    ("utf8-as-gb18030", "2024年中国国际服务贸易交易会在京开幕"),
    ("utf8-as-gbk", "教育部：严禁中小学校举办任何形式的考试排名"),
    ("utf8-as-gb18030", "长三角一体化发展取得新进展"),
    ("utf8-as-gbk", "多地出台措施支持新能源汽车消费"),
    ("utf8-as-gbk", "全国碳排放权交易市场上线交易"),
    ("utf8-as-big5", "行政院會今天通過新年度總預算案，將送立法院審議。"),
    ("utf8-as-big5", "中央銀行宣布維持利率不變，並密切關注物價走勢。"),
    ("gbk-as-utf8", "国家统计局公布最新数据，十月份居民消费价格同比上涨。"),
    ("gbk-as-utf8", "新华社北京5月20日电 国务院新闻办公室今天举行发布会。"),
    ("gbk-as-utf8-as-gbk", "据报道，[国务院]今天发布了关于促进消费的若干措施。"),
    ("gbk-as-utf8-as-gbk", "本报记者[王晓明] 2023年10月8日 北京报道"),
    ("gbk-as-utf8-as-gbk", "[中国人民银行]发布2023年第三季度货币政策执行报告。"),
]


def common_characters() -> frozenset[str]:
    """The characters of plain CJK text: the first levels of GB2312, Big5 and JIS X 0208, hangul,
    kana and punctuation, computed from Python's codecs (the repair's own definition)."""
    from cleaner.mojibake_zh import sets

    return sets()["plain"]


def mix_up(source: str, kind: str) -> str:
    if kind == "gbk-as-utf8-as-gbk":
        def garble(m: re.Match) -> str:
            return mix_up(m.group(1), "gbk-as-utf8").encode("utf-8").decode("gbk", "replace")
        return re.sub(r"\[(.*?)\]", garble, source)
    written, read = MIX_UPS[kind]
    return source.encode(written).decode(read, "replace")


def _dropped_offsets(data: bytes, mojibake: str, read: str) -> list[int] | None:
    """The offsets in ``data`` of the bytes the decoder dropped (one U+FFFD each), or None."""
    out, pos = [], 0
    for c in mojibake:
        if c == "\ufffd":
            out.append(pos)
            pos += 1
            continue
        b = c.encode(read)
        if data[pos:pos + len(b)] != b:
            return None
        pos += len(b)
    return out if pos == len(data) else None


def _readings(data: bytes, holes: list[int], start: int, end: int, mojibake: str, read: str) -> set[str]:
    """What the UTF-8 character at data[start:end] can be, given that the bytes at ``holes`` were
    dropped: every filling that a decoder of the family turns into the same ``mojibake``."""
    out = set()
    ranges = [range(0xC2, 0xF5) if h == start else range(0x80, 0xC0) for h in holes]
    for values in product(*ranges):
        trial = bytearray(data)
        for h, v in zip(holes, values):
            trial[h] = v
        try:
            char = bytes(trial[start:end]).decode("utf-8")
        except UnicodeDecodeError:
            continue
        if any(bytes(trial).decode(d, "replace") == mojibake for d in FAMILY[read]):
            out.add(char)
    return out


def what_was_kept(source: str, kind: str, mojibake: str) -> tuple[int, bool]:
    """(bytes dropped, recoverable from ``mojibake`` alone)."""
    if kind.startswith("gbk-as-utf8"):
        return mojibake.count("\ufffd") + mojibake.count("锟斤拷"), False
    written, read = MIX_UPS[kind]
    if written != "utf-8":
        return 0, True  # Latin-1 and sloppy Windows-1252 keep every byte
    data = source.encode("utf-8")
    dropped = _dropped_offsets(data, mojibake, read)
    if dropped is None:
        return mojibake.count("\ufffd"), False
    common = common_characters()
    pos = 0
    for c in source:
        n = len(c.encode("utf-8"))
        holes = [h for h in dropped if pos <= h < pos + n]
        if holes:
            if len(holes) > 2:
                return len(dropped), False
            found = _readings(data, holes, pos, pos + n, mojibake, read) & common
            if found != {c}:
                return len(dropped), False
        pos += n
    return len(dropped), True


def build() -> list[dict]:
    cases = []
    for kind, sentence in SENTENCES:
        source = sentence.replace("[", "").replace("]", "")
        mojibake = mix_up(sentence, kind)
        lost, lossless = what_was_kept(source, kind, mojibake)
        cases.append({"kind": kind, "source": source, "mojibake": mojibake, "lost": lost, "lossless": lossless})
    return cases


if __name__ == "__main__":
    cases = build()
    OUT.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases), encoding="utf-8")
    print(f"{len(cases)} cases, {sum(c['lossless'] for c in cases)} lossless -> {OUT}")
