"""Sentence chrome in other languages, on lines of its own: cookie notices in the site's voice,
newsletter pitches, app prompts, author bios, relative time stamps. The article, its byline,
its source line and its photo caption stay, and so do sentences of an article about the same
things."""

from __future__ import annotations

import pytest

from helpers import check_chrome_page, check_line_stays

PAGES = {
    "de": """
+ Die Stadt will die alten Wasserleitungen bis 2030 ersetzen, teilte die Verwaltung am Montag mit.
+ Von Anna Schröder
+ Die Kosten werden auf 120 Millionen Euro geschätzt, ein Drittel davon soll der Bund tragen.
- Anna Schröder ist Redakteurin im Ressort Lokales und berichtet seit 2015 über Verkehr und Stadtpolitik.
- Die wichtigsten Meldungen aus Erfurt direkt in Ihr Postfach – kostenlos und jederzeit kündbar.
- Mit der Nutzung dieser Website erklären Sie sich mit der Verwendung von Cookies einverstanden.
""",
    "fr": """
+ La ville veut remplacer ses vieilles canalisations d'ici 2030, a annoncé la mairie lundi.
+ Des ouvriers inspectent une ancienne canalisation. (Photo d'archives)
+ Le coût est estimé à 120 millions d'euros, dont un tiers serait pris en charge par l'État.
- Claire Dubois est journaliste au service Société. Elle couvre les transports et la vie locale depuis 2015.
- Inscrivez-vous à notre newsletter pour recevoir chaque matin l'essentiel de l'actualité.
- En poursuivant votre navigation, vous acceptez l'utilisation de cookies.
""",
    "es": """
+ La ciudad quiere sustituir las viejas tuberías antes de 2030, anunció el ayuntamiento el lunes.
+ Por Marta Gómez
+ El coste se calcula en 120 millones de euros, un tercio de los cuales pagaría el Estado.
- Publicado hace 27 horas
- Marta Gómez escribe sobre economía y empleo en la delegación de Murcia.
- Recibe gratis la actualidad de Málaga en tu correo electrónico.
- Si continúas navegando, consideramos que aceptas su uso. Más información en nuestra política de cookies.
""",
    "ru": """
+ Город намерен заменить старые трубопроводы до 2030 года, сообщила мэрия в понедельник.
+ Стоимость работ оценивается в 12 миллиардов рублей, треть оплатит федеральный бюджет.
- Ольга Кузнецова — корреспондент отдела городских новостей, пишет о транспорте с 2015 года.
- Подпишитесь на нашу рассылку и получайте главные новости каждое утро.
- Читайте нас в Telegram: все новости города в одном канале.
- Продолжая пользоваться сайтом, вы соглашаетесь с использованием файлов cookie.
""",
    "vi": """
+ Thành phố sẽ thay thế các đường ống nước cũ trước năm 2030, chính quyền cho biết hôm thứ Hai.
+ Chi phí ước tính khoảng 3.000 tỷ đồng, một phần ba do ngân sách trung ương chi trả.
- Nguyễn Thị Lan là phóng viên mảng đô thị, theo dõi giao thông và dịch vụ công từ năm 2015.
- Đăng ký nhận bản tin để cập nhật những tin tức mới nhất mỗi sáng.
- Tải ứng dụng để đọc tin Quy Nhơn nhanh hơn.
""",
    "ja": """
+ 市は2030年までに古い水道管を更新する方針を、20日の記者会見で明らかにした。
+ 古い水道管を点検する作業員（資料写真）
+ 総事業費は約120億円を見込み、その3分の1を国が負担する。
- メールマガジンに登録すると、毎朝の主要ニュースをお届けします。
- アプリをダウンロードして、福岡の最新ニュースをチェック。
- 当サイトでは、利便性向上や広告配信のためにCookieを使用しています。
""",
    "zh": """
+ 市政府表示，将在2030年前完成老旧供水管道的更新改造。
+ 来源：青岛日报
+ 项目总投资约30亿元，其中三分之一由中央财政承担。
- 刘洋，本报记者，长期关注城市交通与公共服务。
- 下载客户端，看更多深度报道。
- 我们会依据《隐私政策》处理您的个人信息，请您仔细阅读。
""",
}


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_sentence_chrome_goes_and_the_article_stays(lang):
    check_chrome_page(PAGES[lang])


@pytest.mark.parametrize("lang, line", [
    ("de", "Anna Schröder ist Redakteurin im Ressort Lokales, sagte der Verlag am Dienstag."),
    ("fr", "Claire Dubois est journaliste au Monde et a été arrêtée lundi à Paris."),
    ("es", "Marta Gómez es periodista de El País, dijo el juez en su sentencia."),
    ("zh", "平台应当依据《个人信息保护法》处理用户的个人信息。"),
    ("ja", "このサイトはCookieで利用者を追跡していたと当局は指摘した。"),
    ("zh", "王丽，本报记者，昨日表示将继续调查此事。"),
    ("ru", "Ольга Кузнецова — корреспондент, задержанная в Москве, заявила о давлении."),
])
def test_sentences_of_an_article_stay(lang, line):
    article = [row[2:] for row in PAGES[lang].strip().split("\n") if row.startswith("+ ")]
    check_line_stays(line, (article[0], article[-1]))
