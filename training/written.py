"""Plain-text news windows written for this project, in eight languages, with every line
labelled: the dev set of the line scorer (``training/data/devset.jsonl``).

Each language has pools written by hand: sentences of news prose with slots (a city, a number,
an organisation, a person), headlines, and the chrome of scraped pages (menus, cookie notices,
newsletter blurbs, author bios, photo captions, share bars, "related" headline lists, footers),
plus structured content that belongs to an article (label/value boxes, tables, lists under a
heading). A *site* fixes its language, its menu, its footer and which chrome it shows; each of
its pages draws a new headline and new paragraphs. 24 sites x 5 pages = 120 windows.

The labels follow from construction (a line is chrome because it was drawn from a chrome pool),
and were read through once by the author; nothing was scraped. The generator is deterministic:

    python training/written.py --out training/data/devset.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

L = {}  # language -> pools

L["en"] = dict(
    city=["Leeds", "Porto", "Denver", "Osaka", "Nairobi", "Lyon", "Halifax", "Adelaide"],
    org=["the city council", "the transport authority", "the national grid operator", "a regional hospital trust",
         "the central bank", "the port authority", "a local water company"],
    person=["Maria Keller", "David Osei", "Priya Raman", "Tom Whitaker", "Helen Moss", "Luis Ortega"],
    sent=["Officials in {city} said on Tuesday that {org} would spend {n} million on new equipment over the next three years.",
          "The decision follows months of complaints from residents, who say the service has become slower and less reliable.",
          "{person}, who has led the project since 2019, told reporters that the first results were better than expected.",
          "Critics argue that the plan does little to address the underlying problem and that costs could rise further.",
          "According to figures published this week, about {n} percent of households in {city} were affected last winter.",
          "The proposal still needs the approval of {org}, which is expected to vote on it before the end of the month.",
          "Local businesses have welcomed the move, although several said they had not been consulted in advance.",
          "It is the third time in two years that {org} has changed its approach, and opposition members have called for an inquiry.",
          "Engineers will begin work in the spring, starting with the oldest parts of the network in the north of {city}.",
          "\"We are not going to solve this overnight, but we now have a plan that people can hold us to,\" {person} said.",
          "Similar schemes in other cities have had mixed results, with some cut back after budgets ran out.",
          "The union representing staff said it would study the details before deciding whether to support the changes.",
          "Residents can comment on the plans until the end of next month, either online or at public meetings in local libraries.",
          "Analysts expect the measures to reduce waiting times by roughly a fifth once they are fully in place."],
    head=["{city} approves {n} million plan to fix ageing network", "Residents of {city} wait for answers after winter failures",
          "{person} to lead review of {city} transport services", "Why {city}'s budget row is far from over",
          "New rules for landlords in {city} take effect next month", "{city} hospital trust faces staff shortage"],
    menu=["Home", "News", "World", "Business", "Politics", "Sport", "Opinion", "Culture", "Weather", "Video",
          "Podcasts", "Newsletters", "Sign in", "Subscribe", "Search"],
    cookie=["We use cookies to improve your experience on our site and to show you relevant advertising.",
            "By continuing to browse, you agree to our use of cookies. Read our cookie policy to learn more."],
    news=["Sign up for our morning briefing and get the day's top stories delivered to your inbox.",
          "Get the latest news from {city} every weekday morning. It's free, and you can unsubscribe at any time."],
    bio=["{person} is a senior reporter covering local government and transport. She joined the paper in 2015.",
         "{person} writes about business and the economy. Follow him on social media for updates."],
    caption=["A bus waits at a stop in central {city} on Monday. (Photo: {person}/Staff)",
             "Workers inspect a section of the old pipeline in {city}. Photograph: File"],
    share=["Share on Facebook", "Share on Twitter", "Email this article", "Print", "Copy link"],
    related_title=["Related stories", "Most read", "More from News", "You may also like"],
    byline=["By {person}", "Published {n} hours ago", "Updated 12 March 2024, 09:{n}"],
    footer=["About us", "Contact", "Privacy policy", "Terms of use", "Advertise with us",
            "© 2024 The Daily Courier. All rights reserved."],
    box_title="Key facts:",
    box=["Budget: {n} million", "Start of work: April", "Duration: three years", "Lead agency: {org}"],
    list_title="What changes for residents:",
    items=["Longer opening hours at service centres", "A new phone line for complaints", "Monthly progress reports online"],
)

L["de"] = dict(
    city=["Leipzig", "Bremen", "Freiburg", "Kassel", "Rostock", "Augsburg", "Mainz", "Erfurt"],
    org=["der Stadtrat", "die Verkehrsbetriebe", "das Landesamt für Umwelt", "die Stadtwerke", "das Klinikum", "die Landesregierung"],
    person=["Anna Schröder", "Jonas Weber", "Petra Lange", "Mehmet Yilmaz", "Klaus Berger", "Sabine Roth"],
    sent=["Wie die Stadt {city} am Dienstag mitteilte, will {org} in den kommenden drei Jahren {n} Millionen Euro investieren.",
          "Die Entscheidung folgt auf monatelange Beschwerden von Anwohnern, die über Verspätungen und Ausfälle klagen.",
          "{person}, die das Projekt seit 2019 leitet, sagte, die ersten Ergebnisse seien besser als erwartet ausgefallen.",
          "Kritiker bemängeln, dass der Plan die eigentlichen Ursachen nicht angeht und die Kosten weiter steigen könnten.",
          "Nach den in dieser Woche veröffentlichten Zahlen waren im vergangenen Winter rund {n} Prozent der Haushalte betroffen.",
          "Der Vorschlag muss noch von {org} gebilligt werden, die Abstimmung ist für Ende des Monats geplant.",
          "Örtliche Unternehmen begrüßten den Schritt, auch wenn mehrere sagten, sie seien vorher nicht gefragt worden.",
          "Die Bauarbeiten sollen im Frühjahr beginnen, zunächst in den ältesten Teilen des Netzes im Norden von {city}.",
          "„Wir werden das nicht über Nacht lösen, aber wir haben jetzt einen Plan, an dem man uns messen kann“, sagte {person}.",
          "Ähnliche Programme in anderen Städten hatten gemischte Ergebnisse, manche wurden nach Kürzungen wieder eingestellt.",
          "Die Gewerkschaft will die Einzelheiten prüfen, bevor sie entscheidet, ob sie die Änderungen unterstützt.",
          "Bürgerinnen und Bürger können die Pläne bis Ende nächsten Monats online oder in den Stadtteilbibliotheken kommentieren."],
    head=["{city} beschließt Sanierungsplan über {n} Millionen Euro", "Nach dem Winter: Anwohner in {city} warten auf Antworten",
          "{person} soll Verkehrsbetriebe in {city} prüfen", "Warum der Haushaltsstreit in {city} noch nicht vorbei ist",
          "Neue Regeln für Vermieter in {city} ab nächstem Monat"],
    menu=["Startseite", "Politik", "Wirtschaft", "Panorama", "Sport", "Kultur", "Wissen", "Meinung", "Reise", "Video",
          "Newsletter", "Anmelden", "Abonnieren", "Suche"],
    cookie=["Wir verwenden Cookies, um Ihnen ein optimales Nutzungserlebnis zu bieten und Werbung anzuzeigen.",
            "Mit der Nutzung dieser Website erklären Sie sich mit der Verwendung von Cookies einverstanden."],
    news=["Melden Sie sich für unseren Newsletter an und erhalten Sie jeden Morgen die wichtigsten Nachrichten.",
          "Die wichtigsten Meldungen aus {city} direkt in Ihr Postfach – kostenlos und jederzeit kündbar."],
    bio=["{person} ist Redakteurin im Ressort Lokales und berichtet seit 2015 über Verkehr und Stadtpolitik.",
         "{person} schreibt über Wirtschaft und Arbeit. Er lebt in {city}."],
    caption=["Ein Bus an einer Haltestelle in der Innenstadt von {city}. Foto: {person}/dpa",
             "Arbeiter prüfen einen Abschnitt der alten Leitung. Foto: Archiv"],
    share=["Auf Facebook teilen", "Auf X teilen", "Per E-Mail senden", "Drucken", "Link kopieren"],
    related_title=["Das könnte Sie auch interessieren", "Meistgelesen", "Mehr zum Thema"],
    byline=["Von {person}", "Veröffentlicht vor {n} Stunden", "Aktualisiert am 12.03.2024, 09:{n} Uhr"],
    footer=["Impressum", "Datenschutz", "Kontakt", "AGB", "Mediadaten", "© 2024 Stadtanzeiger. Alle Rechte vorbehalten."],
    box_title="Die wichtigsten Zahlen:",
    box=["Kosten: {n} Millionen Euro", "Baubeginn: April", "Dauer: drei Jahre", "Bauherr: {org}"],
    list_title="Was sich für Anwohner ändert:",
    items=["Längere Öffnungszeiten der Bürgerbüros", "Eine neue Hotline für Beschwerden", "Monatliche Berichte im Internet"],
)

L["fr"] = dict(
    city=["Nantes", "Lille", "Grenoble", "Rennes", "Dijon", "Montpellier", "Brest", "Tours"],
    org=["le conseil municipal", "la régie des transports", "l'agence régionale de santé", "la préfecture", "le syndicat des eaux"],
    person=["Claire Dubois", "Karim Benali", "Sophie Martin", "Julien Moreau", "Élise Bernard", "Paul Lefèvre"],
    sent=["La mairie de {city} a annoncé mardi que {org} investirait {n} millions d'euros au cours des trois prochaines années.",
          "Cette décision fait suite à des mois de plaintes des habitants, qui dénoncent des retards et des pannes à répétition.",
          "{person}, qui pilote le projet depuis 2019, a indiqué que les premiers résultats étaient meilleurs que prévu.",
          "Les critiques estiment que le plan ne s'attaque pas aux causes du problème et que les coûts pourraient encore augmenter.",
          "Selon les chiffres publiés cette semaine, environ {n} % des foyers de {city} ont été touchés l'hiver dernier.",
          "Le projet doit encore être approuvé par {org}, qui doit se prononcer avant la fin du mois.",
          "Les commerçants ont salué cette mesure, même si plusieurs regrettent de ne pas avoir été consultés.",
          "Les travaux commenceront au printemps, d'abord dans les quartiers les plus anciens au nord de {city}.",
          "« Nous ne réglerons pas tout du jour au lendemain, mais nous avons enfin un plan clair », a déclaré {person}.",
          "Des dispositifs comparables dans d'autres villes ont donné des résultats mitigés, certains ayant été abandonnés faute de budget.",
          "Le syndicat du personnel dit vouloir étudier le détail des mesures avant de se prononcer.",
          "Les habitants peuvent donner leur avis jusqu'à la fin du mois prochain, en ligne ou lors de réunions publiques."],
    head=["{city} adopte un plan de {n} millions d'euros pour son réseau", "Après l'hiver, les habitants de {city} attendent des réponses",
          "{person} chargée d'un audit des transports à {city}", "Budget : pourquoi la querelle continue à {city}"],
    menu=["Accueil", "Actualités", "Politique", "Économie", "Société", "Monde", "Sports", "Culture", "Vidéos",
          "Newsletters", "Se connecter", "S'abonner", "Rechercher"],
    cookie=["Nous utilisons des cookies pour améliorer votre expérience et vous proposer des publicités adaptées.",
            "En poursuivant votre navigation, vous acceptez l'utilisation de cookies. En savoir plus."],
    news=["Inscrivez-vous à notre newsletter pour recevoir chaque matin l'essentiel de l'actualité.",
          "Recevez gratuitement les informations de {city} dans votre boîte mail."],
    bio=["{person} est journaliste au service Société. Elle couvre les transports et la vie locale depuis 2015.",
         "{person} suit l'actualité économique de la région pour la rédaction."],
    caption=["Un bus à l'arrêt dans le centre de {city}, lundi. Photo {person}",
             "Des ouvriers inspectent une ancienne canalisation. (Photo d'archives)"],
    share=["Partager sur Facebook", "Partager sur X", "Envoyer par e-mail", "Imprimer", "Copier le lien"],
    related_title=["À lire aussi", "Les plus lus", "Sur le même sujet"],
    byline=["Par {person}", "Publié il y a {n} heures", "Mis à jour le 12/03/2024 à 09h{n}"],
    footer=["Mentions légales", "Contact", "Politique de confidentialité", "CGU", "Publicité",
            "© 2024 Le Courrier régional. Tous droits réservés."],
    box_title="Les chiffres clés :",
    box=["Budget : {n} millions d'euros", "Début des travaux : avril", "Durée : trois ans", "Maître d'ouvrage : {org}"],
    list_title="Ce qui change pour les habitants :",
    items=["Des horaires d'ouverture élargis", "Une nouvelle ligne pour les réclamations", "Un bilan publié chaque mois"],
)

L["es"] = dict(
    city=["Valencia", "Bilbao", "Sevilla", "Zaragoza", "Málaga", "Córdoba", "Murcia", "Oviedo"],
    org=["el ayuntamiento", "la empresa municipal de transportes", "la consejería de sanidad", "la autoridad portuaria"],
    person=["Lucía Fernández", "Javier Ruiz", "Marta Gómez", "Andrés Castillo", "Elena Navarro", "Diego Romero"],
    sent=["El ayuntamiento de {city} anunció el martes que {org} invertirá {n} millones de euros en los próximos tres años.",
          "La decisión llega tras meses de quejas de los vecinos, que denuncian retrasos y averías constantes.",
          "{person}, que dirige el proyecto desde 2019, aseguró que los primeros resultados son mejores de lo esperado.",
          "Los críticos sostienen que el plan no resuelve el problema de fondo y que los costes podrían seguir subiendo.",
          "Según los datos publicados esta semana, alrededor del {n} % de los hogares de {city} se vio afectado el invierno pasado.",
          "La propuesta aún debe ser aprobada por {org}, que votará antes de que termine el mes.",
          "Los comerciantes de la zona han celebrado la medida, aunque varios lamentan no haber sido consultados.",
          "Las obras comenzarán en primavera, empezando por los barrios más antiguos del norte de {city}.",
          "\"No lo vamos a resolver de un día para otro, pero ahora tenemos un plan claro\", afirmó {person}.",
          "Planes similares en otras ciudades han tenido resultados desiguales y algunos se recortaron por falta de presupuesto.",
          "El sindicato de la plantilla estudiará los detalles antes de decidir si apoya los cambios.",
          "Los vecinos pueden presentar alegaciones hasta finales del mes que viene, por internet o en los centros cívicos."],
    head=["{city} aprueba un plan de {n} millones para renovar su red", "Los vecinos de {city} esperan respuestas tras el invierno",
          "{person} dirigirá la auditoría del transporte en {city}", "Por qué la disputa del presupuesto sigue abierta en {city}"],
    menu=["Portada", "Noticias", "España", "Internacional", "Economía", "Sociedad", "Deportes", "Cultura", "Opinión",
          "Vídeos", "Iniciar sesión", "Suscríbete", "Buscar"],
    cookie=["Utilizamos cookies propias y de terceros para mejorar tu experiencia y mostrarte publicidad personalizada.",
            "Si continúas navegando, consideramos que aceptas su uso. Más información en nuestra política de cookies."],
    news=["Suscríbete a nuestro boletín y recibe cada mañana las noticias más importantes del día.",
          "Recibe gratis la actualidad de {city} en tu correo electrónico."],
    bio=["{person} es redactora de la sección Local y cubre transporte y urbanismo desde 2015.",
         "{person} escribe sobre economía y empleo en la delegación de {city}."],
    caption=["Un autobús en una parada del centro de {city}, este lunes. Foto: {person}",
             "Operarios revisan un tramo de la antigua tubería. (Archivo)"],
    share=["Compartir en Facebook", "Compartir en X", "Enviar por correo", "Imprimir", "Copiar enlace"],
    related_title=["Te puede interesar", "Lo más leído", "Más noticias"],
    byline=["Por {person}", "Publicado hace {n} horas", "Actualizado: 12/03/2024 09:{n}"],
    footer=["Aviso legal", "Contacto", "Política de privacidad", "Publicidad", "© 2024 Diario del Sur. Todos los derechos reservados."],
    box_title="Datos clave:",
    box=["Presupuesto: {n} millones de euros", "Inicio de las obras: abril", "Duración: tres años", "Promotor: {org}"],
    list_title="Qué cambia para los vecinos:",
    items=["Horarios de atención más amplios", "Un nuevo teléfono para reclamaciones", "Informes mensuales en la web"],
)

L["zh"] = dict(
    city=["成都", "杭州", "武汉", "西安", "青岛", "长沙", "厦门", "昆明"],
    org=["市政府", "市交通运输局", "市卫生健康委员会", "当地供水公司", "市发展和改革委员会"],
    person=["王丽", "陈建国", "李明", "张晓燕", "刘洋", "赵静"],
    sent=["{city}市政府周二宣布，{org}将在未来三年内投入{n}亿元，用于更新老旧设备。",
          "这一决定是在居民连续数月投诉之后作出的，他们反映服务越来越慢，也越来越不稳定。",
          "自2019年起负责该项目的{person}对记者表示，首批结果比预期要好。",
          "批评人士认为，这项计划并没有解决根本问题，而且成本还可能继续上升。",
          "根据本周公布的数据，去年冬季{city}约有百分之{n}的家庭受到影响。",
          "该方案仍需{org}批准，预计将在本月底前进行表决。",
          "当地商户对此表示欢迎，但也有几家表示事先并没有被征求意见。",
          "工程将于明年春天开工，首先改造{city}北部最老旧的管网。",
          "“这个问题不可能一夜之间解决，但我们现在有了一个大家可以监督的计划。”{person}说。",
          "其他城市的类似项目效果不一，有的因为预算不足而被迫缩减。",
          "代表职工的工会表示，将先研究具体细节，再决定是否支持这些调整。",
          "市民可在下月底前通过网络或社区图书馆的公开会议对方案提出意见。"],
    head=["{city}批准{n}亿元管网改造计划", "冬季停水之后 {city}居民仍在等待答复", "{person}将牵头评估{city}公共交通服务",
          "{city}预算之争为何仍未结束", "{city}租房新规下月起实施"],
    menu=["首页", "新闻", "国内", "国际", "财经", "科技", "体育", "娱乐", "汽车", "房产", "视频", "评论", "登录", "注册"],
    cookie=["本网站使用Cookie以改善您的浏览体验，继续浏览即表示您同意我们使用Cookie。",
            "我们会依据《隐私政策》处理您的个人信息，请您仔细阅读。"],
    news=["扫描二维码关注官方微信公众号，第一时间获取{city}最新资讯。", "下载客户端，看更多深度报道。"],
    bio=["{person}，本报记者，长期关注城市交通与公共服务。", "作者{person}系本报驻{city}记者。"],
    caption=["图为{city}市中心的一个公交车站。（记者 {person} 摄）", "工人正在检查一段老旧管道。资料图"],
    share=["分享到微信", "分享到微博", "复制链接", "打印", "字号：大 中 小"],
    related_title=["相关阅读", "热点推荐", "猜你喜欢", "排行榜"],
    byline=["来源：{city}日报", "记者 {person}", "2024-03-12 09:{n}", "责任编辑：{person}"],
    footer=["关于我们", "联系我们", "广告服务", "网站地图", "版权所有 © 2024 {city}新闻网", "京ICP备{n}号"],
    box_title="项目概况：",
    box=["总投资：{n}亿元", "开工时间：明年4月", "建设周期：三年", "建设单位：{org}"],
    list_title="居民将看到的变化：",
    items=["服务中心延长开放时间", "开通新的投诉热线", "每月在网上公布进展"],
)

L["ja"] = dict(
    city=["札幌", "仙台", "金沢", "広島", "福岡", "熊本", "静岡", "新潟"],
    org=["市議会", "市交通局", "県の保健福祉部", "地元の水道事業者", "国土交通省"],
    person=["佐藤美咲", "田中健一", "鈴木花子", "高橋翔", "山本由紀", "中村大輔"],
    sent=["{city}市は火曜日、{org}が今後3年間で{n}億円を投じて老朽化した設備を更新すると発表した。",
          "この決定は、サービスが遅く不安定になったという住民からの苦情が数か月続いたことを受けたものだ。",
          "2019年から事業を担当している{person}氏は、最初の結果は予想よりも良かったと記者団に語った。",
          "批判的な人々は、計画が根本的な問題に対処しておらず、費用がさらに膨らむ恐れがあると指摘している。",
          "今週公表された数字によると、昨年の冬には{city}の世帯の約{n}％が影響を受けた。",
          "案はまだ{org}の承認が必要で、今月末までに採決される見通しだ。",
          "地元の商店は今回の措置を歓迎したが、事前に相談がなかったと話す店もあった。",
          "工事は来年の春に始まり、まず{city}北部の最も古い区間から進められる。",
          "「一晩で解決できる問題ではないが、市民が確認できる計画ができた」と{person}氏は述べた。",
          "他の都市の同様の取り組みは成果がまちまちで、予算不足で縮小されたものもある。",
          "職員の労働組合は、変更を支持するかどうかを決める前に詳細を検討するとしている。",
          "市民は来月末まで、インターネットや地域の図書館で開かれる説明会で意見を述べることができる。"],
    head=["{city}市、{n}億円の設備更新計画を承認", "冬の断水から数か月　{city}の住民なお説明待ち",
          "{person}氏が{city}の交通サービスを検証へ", "{city}の予算問題、なぜ決着しないのか"],
    menu=["ホーム", "ニュース", "国内", "国際", "経済", "政治", "スポーツ", "エンタメ", "ライフ", "動画", "ログイン", "会員登録", "検索"],
    cookie=["当サイトでは、利便性向上や広告配信のためにCookieを使用しています。",
            "サイトを閲覧いただく際には、Cookieの使用に同意いただく必要があります。"],
    news=["メールマガジンに登録すると、毎朝の主要ニュースをお届けします。", "アプリをダウンロードして、{city}の最新ニュースをチェック。"],
    bio=["{person}　記者。2015年入社。地域の交通や行政を担当している。", "筆者の{person}は{city}支局の記者。"],
    caption=["{city}市中心部のバス停（{person}撮影）", "古い水道管を点検する作業員（資料写真）"],
    share=["Xでポスト", "Facebookでシェア", "LINEで送る", "印刷する", "リンクをコピー"],
    related_title=["関連記事", "アクセスランキング", "あわせて読みたい"],
    byline=["{city}新聞", "{person}記者", "2024年3月12日 9時{n}分", "最終更新：2024年3月12日"],
    footer=["会社概要", "お問い合わせ", "プライバシーポリシー", "利用規約", "サイトマップ", "Copyright © 2024 {city}新聞社 All rights reserved."],
    box_title="計画の概要：",
    box=["事業費：{n}億円", "着工：来年4月", "工期：3年", "事業主体：{org}"],
    list_title="住民にとって変わること：",
    items=["窓口の受付時間の延長", "苦情専用の電話窓口の新設", "毎月の進捗をウェブで公表"],
)

L["vi"] = dict(
    city=["Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế", "Nha Trang", "Vinh", "Quy Nhơn", "Đà Lạt"],
    org=["Ủy ban nhân dân thành phố", "Sở Giao thông vận tải", "Sở Y tế", "công ty cấp nước địa phương"],
    person=["Nguyễn Thị Lan", "Trần Văn Hùng", "Lê Minh Tuấn", "Phạm Thu Hà", "Hoàng Đức Anh", "Vũ Thị Mai"],
    sent=["Chính quyền {city} cho biết hôm thứ Ba rằng {org} sẽ chi {n} tỷ đồng trong ba năm tới để thay thế thiết bị cũ.",
          "Quyết định được đưa ra sau nhiều tháng người dân phản ánh dịch vụ ngày càng chậm và thiếu ổn định.",
          "Ông {person}, người phụ trách dự án từ năm 2019, cho biết kết quả ban đầu tốt hơn dự kiến.",
          "Những người phản đối cho rằng kế hoạch chưa giải quyết được gốc rễ vấn đề và chi phí có thể còn tăng.",
          "Theo số liệu công bố trong tuần này, khoảng {n}% hộ gia đình ở {city} bị ảnh hưởng vào mùa đông năm ngoái.",
          "Đề xuất vẫn cần được {org} phê duyệt, dự kiến sẽ biểu quyết trước cuối tháng.",
          "Các hộ kinh doanh trong khu vực hoan nghênh chủ trương này, dù một số người nói họ không được hỏi ý kiến trước.",
          "Công trình sẽ khởi công vào mùa xuân, bắt đầu từ những đoạn đường ống cũ nhất ở phía bắc {city}.",
          "\"Chúng tôi không thể giải quyết chuyện này trong một sớm một chiều, nhưng giờ đã có một kế hoạch rõ ràng\", ông {person} nói.",
          "Các chương trình tương tự ở những thành phố khác cho kết quả không đồng đều, một số đã phải thu hẹp vì thiếu kinh phí.",
          "Người dân có thể góp ý đến cuối tháng sau, qua mạng hoặc tại các buổi họp công khai ở thư viện phường."],
    head=["{city} duyệt kế hoạch {n} tỷ đồng cải tạo mạng lưới", "Người dân {city} vẫn chờ câu trả lời sau mùa đông",
          "Ông {person} sẽ đánh giá dịch vụ giao thông ở {city}", "Vì sao tranh cãi ngân sách ở {city} chưa kết thúc"],
    menu=["Trang chủ", "Thời sự", "Thế giới", "Kinh doanh", "Giải trí", "Thể thao", "Pháp luật", "Giáo dục", "Sức khỏe",
          "Video", "Đăng nhập", "Tìm kiếm"],
    cookie=["Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web này.",
            "Bằng việc tiếp tục truy cập, bạn đồng ý với chính sách cookie của chúng tôi."],
    news=["Đăng ký nhận bản tin để cập nhật những tin tức mới nhất mỗi sáng.", "Tải ứng dụng để đọc tin {city} nhanh hơn."],
    bio=["{person} là phóng viên mảng đô thị, theo dõi giao thông và dịch vụ công từ năm 2015.", "Tác giả {person} là phóng viên thường trú tại {city}."],
    caption=["Một trạm xe buýt ở trung tâm {city} sáng thứ Hai. Ảnh: {person}", "Công nhân kiểm tra đoạn ống cũ. Ảnh tư liệu"],
    share=["Chia sẻ Facebook", "Chia sẻ Zalo", "Gửi email", "In bài", "Sao chép liên kết"],
    related_title=["Tin liên quan", "Đọc nhiều", "Có thể bạn quan tâm"],
    byline=["{person}", "Thứ ba, 12/3/2024, 09:{n} (GMT+7)", "Theo báo {city}"],
    footer=["Giới thiệu", "Liên hệ", "Quảng cáo", "Điều khoản sử dụng", "© 2024 Báo {city}. Giữ toàn quyền nội dung."],
    box_title="Thông tin dự án:",
    box=["Tổng vốn: {n} tỷ đồng", "Khởi công: tháng 4", "Thời gian: ba năm", "Chủ đầu tư: {org}"],
    list_title="Những thay đổi cho người dân:",
    items=["Kéo dài giờ làm việc của bộ phận một cửa", "Đường dây nóng mới để phản ánh", "Báo cáo tiến độ hằng tháng trên mạng"],
)

L["ru"] = dict(
    city=["Казань", "Пермь", "Самара", "Томск", "Воронеж", "Омск", "Тула", "Уфа"],
    org=["городская администрация", "департамент транспорта", "региональный минздрав", "местный водоканал"],
    person=["Анна Смирнова", "Игорь Петров", "Ольга Кузнецова", "Дмитрий Соколов", "Елена Попова", "Сергей Волков"],
    sent=["Власти города {city} во вторник сообщили, что {org} в ближайшие три года направит {n} млн рублей на замену оборудования.",
          "Решение принято после нескольких месяцев жалоб жителей на задержки и частые аварии.",
          "{person}, руководящая проектом с 2019 года, заявила журналистам, что первые результаты оказались лучше ожиданий.",
          "Критики считают, что план не решает главную проблему и что расходы могут вырасти ещё больше.",
          "По данным, опубликованным на этой неделе, прошлой зимой пострадали около {n}% домохозяйств.",
          "Предложение ещё должна одобрить {org}, голосование ожидается до конца месяца.",
          "Местные предприниматели приветствовали это решение, хотя некоторые сказали, что с ними не советовались.",
          "Работы начнутся весной, в первую очередь на самых старых участках сети на севере города.",
          "«Мы не решим это за одну ночь, но теперь у нас есть план, по которому нас можно проверять», — сказала {person}.",
          "Похожие программы в других городах дали неоднозначные результаты, некоторые были свёрнуты из-за нехватки денег.",
          "Профсоюз работников намерен изучить детали, прежде чем решить, поддерживать ли изменения.",
          "Жители могут оставить замечания до конца следующего месяца на сайте или на публичных слушаниях."],
    head=["{city}: утверждён план обновления сетей на {n} млн рублей", "{city}: жители ждут ответов после зимних аварий",
          "{person} возглавит проверку транспортной системы", "{city}: почему спор о бюджете ещё не закончен"],
    menu=["Главная", "Новости", "Политика", "Экономика", "Общество", "Происшествия", "Спорт", "Культура", "Видео",
          "Войти", "Подписаться", "Поиск"],
    cookie=["Мы используем файлы cookie, чтобы сделать сайт удобнее для вас.",
            "Продолжая пользоваться сайтом, вы соглашаетесь с использованием файлов cookie."],
    news=["Подпишитесь на нашу рассылку и получайте главные новости каждое утро.", "Читайте нас в Telegram: все новости города в одном канале."],
    bio=["{person} — корреспондент отдела городских новостей, пишет о транспорте с 2015 года.", "Автор: {person}, обозреватель."],
    caption=["Автобусная остановка в центре города. Фото: {person}", "Рабочие осматривают старый трубопровод. Фото из архива"],
    share=["Поделиться ВКонтакте", "Отправить в Telegram", "Скопировать ссылку", "Распечатать"],
    related_title=["Читайте также", "Самое читаемое", "Новости по теме"],
    byline=["Автор: {person}", "12 марта 2024, 09:{n}", "Обновлено {n} минут назад"],
    footer=["О редакции", "Контакты", "Реклама", "Политика конфиденциальности", "© 2024 Городские вести. Все права защищены.",
            "18+"],
    box_title="Основные цифры:",
    box=["Бюджет: {n} млн рублей", "Начало работ: апрель", "Срок: три года", "Заказчик: {org}"],
    list_title="Что изменится для жителей:",
    items=["Продлённые часы работы центров услуг", "Новая горячая линия для жалоб", "Ежемесячные отчёты на сайте"],
)

SITE_NAMES = {"en": ["dailycourier", "northpost", "citywire"], "de": ["stadtanzeiger", "nordkurier-online", "tagesecho"],
              "fr": ["courrier-regional", "ouest-matin", "la-depeche-locale"], "es": ["diariodelsur", "elnorte-hoy", "levante-noticias"],
              "zh": ["chengshi-news", "xinwen-daily", "difang-bao"], "ja": ["chiho-shimbun", "machi-news", "kenmin-nippo"],
              "vi": ["baothanhpho", "tinmoi-vn", "doisong-online"], "ru": ["gorod-vesti", "region-news", "novosti-dnya"]}
PAGES = 5


def _fill(s: str, pool: dict, rnd: random.Random, slots: dict | None = None) -> str:
    """A template with its slots filled: the page's own city, organisation and person when
    ``slots`` is given (an article is about one place), random ones otherwise."""
    values = dict(city=rnd.choice(pool["city"]), org=rnd.choice(pool["org"]), person=rnd.choice(pool["person"]))
    values.update(slots or {})
    return s.format(n=rnd.randint(11, 59), **values)


def _article(pool: dict, rnd: random.Random, cjk: bool, slots: dict) -> list[tuple[str, int]]:
    sents = pool["sent"][:]
    rnd.shuffle(sents)
    paras, k = [], 0
    for _ in range(rnd.randint(4, 6)):
        take = rnd.randint(1, 3)
        chunk = sents[k:k + take] or [rnd.choice(pool["sent"])]
        k += take
        paras.append(("" if cjk else " ").join(_fill(s, pool, rnd, slots) for s in chunk))
    lines = [(p, 0) for p in paras]
    roll = rnd.random()
    at = rnd.randint(1, max(1, len(lines) - 1))
    if roll < 0.3:  # a label/value box inside the article
        box = [(pool["box_title"], 0)] + [(_fill(b, pool, rnd, slots), 0) for b in pool["box"]]
        lines[at:at] = box
    elif roll < 0.55:  # a list under a heading
        lst = [(pool["list_title"], 0)] + [(i, 0) for i in pool["items"]]
        lines[at:at] = lst
    return lines


def site_pages(lang: str, site: str, seed: int) -> list[dict]:
    pool = L[lang]
    cjk = lang in ("zh", "ja")
    rnd = random.Random(seed)
    menu = rnd.sample(pool["menu"], k=min(len(pool["menu"]), rnd.randint(6, 11)))
    footer = [_fill(f, pool, rnd) for f in pool["footer"]]
    shows = {k: rnd.random() < 0.6 for k in ("cookie", "news", "bio", "caption", "share", "related", "byline")}
    related_title = rnd.choice(pool["related_title"])
    pages = []
    for page in range(PAGES):
        r = random.Random(f"{seed}/{page}")
        slots = dict(city=r.choice(pool["city"]), org=r.choice(pool["org"]), person=r.choice(pool["person"]))
        head = _fill(r.choice(pool["head"]), pool, r, slots)
        top: list[tuple[str, int]] = [(m, 1) for m in menu]
        if shows["cookie"]:
            top[0:0] = [(c, 1) for c in pool["cookie"]]
        body: list[tuple[str, int]] = [(head, 0)]
        if shows["byline"]:
            body += [(_fill(b, pool, r), 1) for b in pool["byline"][:2]]
        if shows["share"]:
            body += [(s, 1) for s in pool["share"]]
        article = _article(pool, r, cjk, slots)
        if shows["caption"]:
            article.insert(r.randint(0, 1), (_fill(r.choice(pool["caption"]), pool, r), 1))
        body += article
        tail: list[tuple[str, int]] = []
        if shows["bio"]:
            tail.append((_fill(r.choice(pool["bio"]), pool, r), 1))
        if shows["news"]:
            tail.append((_fill(r.choice(pool["news"]), pool, r), 1))
        if shows["related"] or not any(shows.values()):
            tail.append((related_title, 1))
            tail += [(_fill(h, pool, r), 1) for h in r.sample(pool["head"], k=min(4, len(pool["head"])))]
        tail += [(f, 1) for f in footer]
        rows = top + body + tail
        pages.append({"id": f"written/{site}/{page + 1}", "source": "written", "split": "dev", "site": site, "lang": lang,
                      "lines": [t for t, _ in rows], "labels": [lab for _, lab in rows]})
    return pages


def all_pages() -> list[dict]:
    out = []
    for li, lang in enumerate(sorted(L)):
        for si, site in enumerate(SITE_NAMES[lang]):
            out.extend(site_pages(lang, site, seed=1000 * li + si))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="write the line scorer's dev windows")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    pages = all_pages()
    with args.out.open("w", encoding="utf-8") as f:
        for p in pages:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    print(f"{len(pages)} windows, {len({p['site'] for p in pages})} sites, {len(L)} languages", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
