"""Scrape chrome in the languages of news pages beyond English, German, French and Chinese.

The pages for Chinese and English hold the chrome newly covered in those two.

Each page below was written for these tests in the style of a real news site of that language:
a breadcrumb, a share bar, a headline, three paragraphs of prose with an ad marker or a teaser
between them, then "related" and "most read" boxes, comment prompts, sign-up boxes and a footer.
Lines marked ``-`` are chrome and must go; lines marked ``+`` are the article and must stay as
they are; blank lines separate blocks as on a scraped page. The same words inside sentences of
prose ("Baca juga laporan kami ...", "Reklam gelirleri ...") are content: the clean texts at the
end must pass through unchanged.
"""

from __future__ import annotations

import pytest

from cleaner import clean
from helpers import check_chrome_page, marked_page

PAGES = {
    "es": """
- Inicio > Internacional > Europa
+ La UE aprueba nuevas sanciones contra Rusia
- Compartir en WhatsApp
- Copiar enlace

+ Los ministros de Exteriores de la Unión Europea aprobaron este lunes un nuevo paquete de sanciones contra Rusia que incluye restricciones a la flota de petroleros.

+ El alto representante afirmó que las medidas buscan reducir los ingresos que Moscú obtiene de la venta de crudo a terceros países.

- Publicidad

+ Hungría, que había bloqueado el acuerdo durante semanas, levantó su veto tras obtener garantías sobre el suministro de gas.

- Sigue leyendo
- Síguenos en Google News

- Últimas noticias
- El BCE mantiene los tipos de interés
- La inflación baja al 2,3% en octubre

- Normas de participación
- Descarga la app
- Aceptar cookies
- Todos los derechos reservados
""",
    "pt": """
- Início > Economia
+ Banco Central mantém juros em 10,5%
- Compartilhe
- Ouvir o texto

+ O Comitê de Política Monetária do Banco Central decidiu nesta quarta-feira manter a taxa básica de juros em 10,5% ao ano, como esperava o mercado.

+ Em comunicado, o colegiado afirmou que o cenário externo segue incerto e que a inflação de serviços continua pressionada.

- Continua após a publicidade

+ Analistas avaliam que o ciclo de cortes só deve ser retomado no próximo ano, caso as expectativas de inflação voltem a convergir para a meta.

- Leia também: Dólar fecha em queda após decisão do Copom
- Foto: Divulgação
- Receba as notícias do Exemplo no WhatsApp

- Mais lidas da semana
- Gasolina sobe nos postos pela terceira semana
- Salário mínimo terá reajuste em janeiro

- Baixe o app
- Todos os direitos reservados.
""",
    "it": """
- Home > Cronaca
+ Maltempo, allerta rossa in Emilia-Romagna
- Condividi su WhatsApp
- Copia link

+ La Protezione civile ha diramato un'allerta rossa per la giornata di domani in gran parte dell'Emilia-Romagna a causa delle forti piogge previste.

+ Le scuole resteranno chiuse in diversi comuni delle province di Bologna e Ravenna, mentre i sindaci hanno attivato i centri operativi.

- Pubblicità

+ I tecnici monitorano i livelli dei fiumi, già alti dopo le precipitazioni degli ultimi giorni, e non escludono evacuazioni preventive.

- Leggi anche: Frana sulla statale, strada chiusa per ore
- Foto Ansa
- Ricevi le notizie su WhatsApp

- I più letti di oggi
- Incidente in autostrada, tre feriti
- Sciopero dei treni venerdì

- © RIPRODUZIONE RISERVATA
- P.IVA 01234567890
- Accetta e chiudi
""",
    "ru": """
- Главная > Новости > Экономика
+ ЦБ сохранил ключевую ставку на уровне 21%
- Поделиться

+ Банк России по итогам заседания совета директоров сохранил ключевую ставку на уровне 21% годовых, сообщила пресс-служба регулятора.

+ В ЦБ отметили, что инфляционное давление остается высоким, а кредитование замедляется медленнее, чем ожидалось.

- Реклама

+ Аналитики допускают, что регулятор может начать снижение ставки во втором квартале следующего года.

- Читайте также: Рубль укрепился к доллару
- Фото: РИА Новости
- Подписывайтесь на наш Telegram-канал

- Новости партнеров
- Нефть дорожает третий день подряд
- Минфин разместил ОФЗ на 100 млрд рублей

- Ошибка в тексте? Выделите её и нажмите Ctrl+Enter
- При полном или частичном использовании материалов ссылка на «Пример» обязательна.
- Скачайте приложение
""",
    "vi": """
- Trang chủ > Kinh doanh
+ Giá vàng trong nước tăng mạnh
- Chia sẻ
- Sao chép link

+ Giá vàng miếng trong nước sáng nay tăng thêm một triệu đồng mỗi lượng, theo đà tăng của giá vàng thế giới trong phiên giao dịch đêm qua.

+ Các doanh nghiệp kinh doanh vàng cho biết lượng khách mua vào tăng mạnh so với tuần trước, chủ yếu là nhà đầu tư nhỏ lẻ.

- Quảng cáo

+ Giới phân tích cho rằng giá vàng có thể tiếp tục biến động mạnh trong những tuần tới do lo ngại về lạm phát.

- Xem thêm: Tỷ giá USD hôm nay giảm nhẹ
- Ảnh: TTXVN
- Theo dõi chúng tôi trên Google News

- Tin nóng
- Xăng dầu đồng loạt giảm giá
- Lãi suất tiết kiệm tiếp tục tăng

- Bình luận
- Gửi bình luận
- Giấy phép số 123/GP-BTTTT cấp ngày 01/01/2023.
- Ghi rõ nguồn khi phát hành lại thông tin từ website này.
""",
    "ja": """
- ホーム > ニュース > 経済
+ 日銀、追加利上げを決定
- この記事をシェア
- リンクをコピー

+ 日本銀行は３１日の金融政策決定会合で、短期金利の誘導目標を０．２５％程度に引き上げることを決めた。賃金と物価の好循環が強まっていると判断した。

+ 植田総裁は記者会見で、経済と物価の見通しが実現していけば、引き続き政策金利を引き上げていく考えを示した。

- 広告

+ 市場では円を買う動きが強まり、外国為替市場では一時１ドル＝１５０円台まで円高が進んだ。

- 【関連記事】日経平均、一時５００円超下落
- （写真：共同）
- 公式Xをフォロー

- アクセスランキング
- 円相場、一時１５０円台に
- 長期金利が上昇

- この記事の写真を見る
- アプリで読む
- 無断転載・複製を禁じます
""",
    "ko": """
- 홈 > 경제 > 산업
- 전체메뉴
+ 삼성전자, 3분기 영업이익 9조원 돌파
- 기사 공유하기
- 카카오톡 공유하기
- URL 복사
- 본문 글자 크기 조정

+ 삼성전자가 반도체 업황 회복에 힘입어 3분기 영업이익 9조원을 넘어섰다고 31일 밝혔다. 메모리 가격 상승과 고대역폭 메모리 판매 증가가 실적을 끌어올렸다.

+ 회사 측은 인공지능 서버 수요가 4분기에도 이어질 것으로 내다봤다. 다만 스마트폰 부문은 신제품 효과가 줄면서 수익성이 다소 낮아졌다.

- [관련기사] SK하이닉스, HBM 공급 확대 발표

+ 증권가에서는 내년 상반기까지 실적 개선 흐름이 이어질 것이라는 전망이 나온다. 업계 관계자는 "재고 조정이 마무리 단계에 들어섰다"고 말했다.

- <저작권자 © 예시경제, 무단 전재-재배포, AI 학습 및 활용 금지>
- 사진=연합뉴스

- 관련기사
- 반도체 수출, 14개월 연속 증가
- 메모리 가격 두 달째 상승세

- 많이 본 뉴스
- 환율 1,400원 돌파…외환당국 구두개입

- 댓글 0
- 댓글을 입력하세요
- 기자 구독
- 개인정보처리방침
- 청소년보호정책 | 이용약관 | 회사소개
""",
    "ar": """
- الرئيسية > أخبار > اقتصاد
+ البنك المركزي يبقي أسعار الفائدة دون تغيير
- شارك
- فيسبوك
- تويتر
- نسخ الرابط

+ قرر البنك المركزي الإبقاء على أسعار الفائدة دون تغيير للمرة الثالثة على التوالي، مشيرا إلى تراجع معدلات التضخم خلال الأشهر الماضية.

+ وقال محافظ البنك في مؤتمر صحفي إن السياسة النقدية ستظل حذرة حتى تتضح صورة الاقتصاد العالمي، مضيفا أن الاحتياطيات الأجنبية في مستوى مريح.

- اقرأ أيضا: الحكومة تعلن خطة لدعم الصادرات

+ ويتوقع محللون أن يبدأ البنك في خفض الفائدة مطلع العام المقبل إذا استمر التضخم في التراجع.

- أخبار ذات صلة
- الذهب يرتفع مع تراجع الدولار
- البورصة تغلق على ارتفاع

- التعليقات
- أضف تعليقك
- اشترك في النشرة البريدية
- جميع الحقوق محفوظة © 2024
- سياسة الخصوصية
""",
    "id": """
- Beranda » Ekonomi » Bisnis
+ Harga Beras Naik Jelang Akhir Tahun
- Bagikan
- Salin link

+ Harga beras di sejumlah pasar tradisional di Jakarta naik menjelang akhir tahun karena pasokan dari daerah sentra produksi berkurang.

+ Kepala dinas perdagangan mengatakan pemerintah akan menggelar operasi pasar mulai pekan depan untuk menahan kenaikan harga lebih lanjut.

- Baca juga: Pemerintah Impor 500.000 Ton Beras

+ Para pedagang berharap pasokan kembali normal setelah musim panen pada Februari, sehingga harga bisa turun ke tingkat sebelumnya.

+ Baca juga laporan kami tentang dampak kemarau terhadap produksi padi di Jawa Tengah.

- Simak berita dan artikel lainnya di Google News.

- Berita Terkait
- Harga Cabai Melonjak di Pasar Induk
- Stok Beras Bulog Dipastikan Aman

- Komentar
- Tulis komentar
- Hak cipta dilindungi undang-undang
- Kebijakan Privasi
""",
    "tr": """
- Ana Sayfa > Ekonomi
+ Merkez Bankası faizi sabit tuttu
- Paylaş
- Facebook'ta paylaş
- Linki kopyala

+ Merkez Bankası, politika faizini yüzde 50 seviyesinde sabit tuttuğunu açıkladı ve enflasyondaki düşüşün sürmesini beklediğini belirtti.

+ Kurul, fiyat istikrarı sağlanana kadar sıkı para politikasının kararlılıkla sürdürüleceğini vurguladı.

- Reklam

+ Ekonomistler, faiz indiriminin en erken önümüzdeki yılın ilk çeyreğinde gündeme gelebileceğini tahmin ediyor.

- Fotoğraf: AA

- İLGİLİ HABERLER
- Dolar güne yükselişle başladı
- Borsa İstanbul rekor kırdı

- Yorumlar
- İlk yorumu siz yapın
- Bültenimize abone olun
- © Copyright 2024 Örnek Gazete. Tüm hakları saklıdır.
- KVKK | Künye | İletişim
""",
    "pl": """
- Strona główna > Wiadomości > Kraj
+ Sejm przyjął ustawę o ochronie ludności
- Udostępnij
- Skopiuj link

+ Sejm przyjął w piątek ustawę o ochronie ludności i obronie cywilnej, która ma uporządkować zasady działania służb w czasie klęsk żywiołowych.

+ Za ustawą głosowało 420 posłów, przeciw było pięciu, a dziesięciu wstrzymało się od głosu.

- Dalsza część artykułu pod materiałem wideo

+ Ustawa trafi teraz do Senatu, który ma trzydzieści dni na zajęcie stanowiska wobec przyjętych przepisów.

- Czytaj także: Rząd przyjął projekt budżetu na 2025 rok
- Fot. PAP/Leszek Szymański

- Najczęściej czytane
- Burze nad Polską. IMGW ostrzega
- Nowe stawki podatku od nieruchomości

- Komentarze (12)
- Dodaj komentarz
- Wszelkie prawa zastrzeżone
- Polityka prywatności
""",
    "nl": """
- Home > Nieuws > Binnenland
+ Kabinet trekt extra geld uit voor woningbouw
- Deel dit artikel
- Kopieer link

+ Het kabinet trekt de komende vier jaar twee miljard euro extra uit voor de bouw van betaalbare woningen, heeft de minister dinsdag bekendgemaakt.

+ Gemeenten kunnen vanaf volgend jaar een aanvraag indienen voor projecten met minstens veertig procent sociale huur.

- Lees verder na de advertentie

+ Woningcorporaties reageren positief, maar waarschuwen dat de bouwkosten nog altijd hoog zijn en vergunningen te lang op zich laten wachten.

- Lees ook: Huizenprijzen stijgen opnieuw
- Foto ANP

- Meest gelezen
- Storm raast over Noord-Nederland
- Nieuwe regels voor huurtoeslag

- 12 reacties
- Plaats een reactie
- Schrijf je in voor onze nieuwsbrief
- © 2024 Voorbeeld Media. Alle rechten voorbehouden.
- Privacybeleid
""",
    "zh": """
- 首页 > 财经 > 公司
+ 阿里巴巴发布第三季度财报
- 分享到：
- 微信扫码分享

+ 阿里巴巴集团周四公布第三季度业绩，营收同比增长百分之五，云计算业务收入增长百分之七，主要受人工智能相关产品需求拉动。

+ 公司首席执行官在电话会议上表示，未来三年将继续加大在云基础设施和人工智能领域的投入，并计划扩大海外数据中心。

- 广告

+ 分析人士认为，电商业务的竞争依然激烈，但会员服务的增长为公司带来了新的收入来源，利润率有望回升。

- 特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台“示例号”用户上传并发布，本平台仅提供信息存储服务。
- 打开APP阅读全文
- 24小时热门
- 下一篇：
""",
    "en": """
- Home › World › Asia
+ Floods force thousands from their homes in Malaysia
- Share this story
- Copy link

+ More than 80,000 people have been evacuated in northern Malaysia after days of heavy rain flooded towns and cut off roads, officials said on Sunday.

+ The national disaster agency said the number of people in relief centres could rise further as more rain is forecast for the coming week.

- Advertisement - Scroll to Continue

+ Residents in the worst-hit state of Kelantan said the water rose faster than in the floods of 2014, leaving many with no time to move their belongings.

- Image source, Getty Images
- Found a typo? Highlight it and press Ctrl+Enter
- Get Our App!
""",
}

# Clean text that uses the same words as the chrome above, in sentences and headlines.
CLEAN = {
    "es": ["Sigue leyendo el informe, pidió el ministro a los diputados.", "Descarga la app del banco para pagar sin tarjeta, recomienda la entidad.",
           "Más información sobre el plan se conocerá el lunes, según fuentes del Gobierno."],
    "pt": ["Leia também o relatório do Tesouro, recomendou o economista.", "Baixe o aplicativo oficial para declarar o imposto de renda, orienta a Receita."],
    "it": ["Leggi anche le note a margine, consiglia il giudice ai giurati.", "Accetta e chiudi la trattativa, ha chiesto il sindacato al governo."],
    "ru": ["Подписывайтесь на рассылку, призвал министр граждан.", "При перепечатке статьи газета нарушила закон, решил суд."],
    "vi": ["Ghi rõ nguồn là yêu cầu bắt buộc với các cơ quan báo chí.", "Tin nóng về bão số 3 được cập nhật liên tục trên truyền hình."],
    "ja": ["関連記事の削除を求める声も上がった。", "アプリで読む人が増え、紙の新聞の部数は減り続けている。"],
    "ko": ["공유 경제 플랫폼들이 규제 강화에 반발하고 있다.", "관련 기사에 따르면 정부는 이번 주 대책을 발표한다.",
           "댓글 조작 사건의 재판이 다음 달 열린다.", "무단 전재를 금지하는 법안이 국회를 통과했다.", "카카오 앱 다운로드 1억 돌파"],
    "ar": ["شارك في الاجتماع وزراء خارجية عشر دول عربية.", "إعلان الحكومة عن الخطة جاء بعد أسابيع من المشاورات.",
           "الأكثر قراءة بين الشباب هي روايات الخيال العلمي، بحسب الاستطلاع."],
    "id": ["Baca juga laporan kami tentang banjir di Jakarta pekan lalu.", "Bagikan pengalaman Anda dengan warga lain, kata wali kota.",
           "Iklan rokok di televisi akan dilarang mulai tahun depan."],
    "tr": ["Paylaşım ekonomisi son yıllarda hızla büyüdü.", "İlgili haberler yayımlandıktan sonra bakan istifa etti.",
           "Reklam gelirleri geçen yıl yüzde beş düştü.", "Yorum yapmak istemedi."],
    "pl": ["Czytaj także umowy przed podpisaniem, radzą prawnicy.", "Reklama w internecie rośnie szybciej niż w prasie.",
           "Udostępnij dane, apelowali eksperci do rządu."],
    "zh": ["下一篇报告将在明年发布。", "打开APP的用户数量在过去一年增长了三成。"],
    "en": ["Get our app developers to fix it, the minister told the company.", "Found a typo in the contract, the lawyers asked for a delay."],
    "nl": ["Lees ook de kleine lettertjes, adviseert de Consumentenbond.", "Deel van de opbrengst gaat naar het goede doel.",
           "Reacties op het besluit waren gemengd, meldt de gemeente.", "Akkoord over de begroting is nog ver weg."],
}


def boilerplate(text: str):
    return clean(text, select=["boilerplate"])


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_chrome_goes_and_article_stays(lang):
    check_chrome_page(PAGES[lang])


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_every_removed_line_names_its_rule(lang):
    text, _, _ = marked_page(PAGES[lang])
    edits = boilerplate(text).edits
    assert edits and all(e.rule and e.reason for e in edits)


@pytest.mark.parametrize("lang", sorted(CLEAN))
def test_same_words_in_prose_stay(lang):
    text = "\n\n".join(CLEAN[lang]) + "\n"
    result = boilerplate(text)
    assert result.text == text, [(e.rule, text[e.start:e.end]) for e in result.edits]
