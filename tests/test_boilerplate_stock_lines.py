"""Stock sentences of publishing platforms around an article (issue #14).

News and blog templates put the same sentences on every page: comment-moderation notices,
"notify me of new comments" checkboxes, newsletter pitches, reCAPTCHA and cookie-plugin notices,
consent checkboxes, reprint and licence notices, paywall teasers, app-download prompts, "Proudly
powered by", recipe-card and PDF buttons, breadcrumbs' "You are here" and footer links.

Each page below was written for these tests in the style of a real scraped page: chrome lines
(marked ``-``) around paragraphs of article prose (marked ``+``); blank lines separate blocks as
on a scraped page. The chrome must go and every prose line must stay as it is. The same words
inside sentences of prose (a mayor's newsletter, a court ruling on reproduction without
permission, a doctor's advice to stay up to date) are content: the clean texts at the end must
pass through unchanged.
"""

from __future__ import annotations

import pytest

from cleaner import clean
from helpers import check_chrome_page, marked_page

PAGES = {
    "en": """
- You are here: Home / News / Local
+ Council approves budget after long debate over schools
- Advertisement:

+ The council approved the new budget on Monday after a long debate over school funding and road repairs that lasted well into the evening, officials said.

+ Members agreed to spend more on teachers' salaries next year, while the plan to resurface the ring road was postponed until the spring.

- Print Recipe
- PDF version

+ Residents who spoke at the meeting said they welcomed the extra money for schools but worried about the state of the roads in winter.

- Sign up to our free daily newsletter
- Get Morning Report and other email newsletters
- Never miss the latest news by signing up for our newsletter.
- Stay up-to-date on our work.
- For the latest stories and breaking news updates download the Gazette apps for iOS and Android.
- Join the thousands of readers who get our best stories delivered to their inboxes every week.
- If you enjoyed reading this post, would you consider supporting our work? Just click here. Thanks!
- We rely on your support to make local news available to all
- Follow The Gazette on Twitter and Instagram @TheGazette and on Facebook @GazetteNews.

- Be part of the conversation
- Please understand that comments are moderated and it is not always possible to publish all that have been submitted.
- We ask that comments are civil and free of libellous or hateful material.
- Comments under pseudonym are allowed
- Notify me when new comments are added.
- Please enter your name here
- You have entered an incorrect email address!
- This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.
- I agree my information will be processed in accordance with the Gazette Privacy Policy.

- To view the full story, please subscribe to The Gazette.
- Instant access to the full article PDF.

- Privacy & Cookies: This site uses cookies. By continuing to use this website, you agree to their use.
- This means that every time you visit this website you will need to enable or disable cookies again.
- Advertising Guidelines
- Editorial Ethics
- Customer Care
- Follow us on
- Advertising disclosure: We may receive compensation from some of the companies whose products we review.
- The Gazette is a participant in the Amazon Services LLC Associates Program, an affiliate advertising program designed to provide a means for sites to earn advertising fees by advertising and linking to amazon.com.
- Reproduction of material from any pages without written permission is strictly prohibited.
- Written permission must be obtained before reprint in online or print media.
- This article is the copyrighted property of The Gazette.
- All content is licensed under a Creative Commons Attribution 4.0 International License.
- View my complete profile
- Proudly powered by Newspack by Automattic
""",
    "de": """
- Sie sind hier:
+ Stadtrat beschließt neuen Haushalt nach langer Debatte

+ Der Stadtrat hat am Montag nach einer langen Debatte über die Finanzierung der Schulen und die Reparatur der Straßen den neuen Haushalt beschlossen.

+ Die Mitglieder einigten sich darauf, im kommenden Jahr mehr Geld für die Gehälter der Lehrkräfte auszugeben, während die Sanierung der Ringstraße auf das Frühjahr verschoben wurde.

+ Anwohner, die bei der Sitzung sprachen, begrüßten das zusätzliche Geld für die Schulen, sorgten sich aber um den Zustand der Straßen im Winter.

- Vorheriges
- Nächster Beitrag »
- Abonnieren Sie unseren kostenlosen Newsletter.
- Kommentare werden moderiert.
- Benachrichtige mich über nachfolgende Kommentare via E-Mail.
- Benachrichtige mich über neue Beiträge via E-Mail.
- Folge uns auch in den sozialen Medien, wir halten dich auch dort auf dem Laufenden.
- Unterstützen Sie unabhängigen Journalismus.
- Nachdruck nur mit Genehmigung des Verlags.
- Stolz präsentiert von WordPress
""",
    "fr": """
- Vous êtes ici :
+ Le conseil municipal adopte le budget après un long débat

+ Le conseil municipal a adopté lundi le nouveau budget après un long débat sur le financement des écoles et la réparation des routes, qui a duré jusque tard dans la soirée.

+ Les élus se sont mis d'accord pour consacrer davantage d'argent aux salaires des enseignants l'an prochain, tandis que la réfection du périphérique a été reportée au printemps.

+ Les habitants qui ont pris la parole ont salué les moyens supplémentaires pour les écoles, mais s'inquiètent de l'état des routes en hiver.

- Suivant
- Les commentaires sont modérés.
- Prévenez-moi de tous les nouveaux commentaires par e-mail.
- Pour lire la suite de cet article, abonnez-vous.
- Toute reproduction interdite sans autorisation.
- Fièrement propulsé par WordPress
""",
    "it": """
- Ti trovi in:
+ Il consiglio comunale approva il bilancio dopo un lungo dibattito

+ Il consiglio comunale ha approvato lunedì il nuovo bilancio dopo un lungo dibattito sul finanziamento delle scuole e sulla manutenzione delle strade, durato fino a tarda sera.

+ I consiglieri hanno deciso di spendere di più per gli stipendi degli insegnanti il prossimo anno, mentre il rifacimento della tangenziale è stato rinviato alla primavera.

+ I residenti intervenuti alla seduta hanno accolto con favore i fondi per le scuole, ma si sono detti preoccupati per lo stato delle strade in inverno.

- Ultima modifica
- Argomenti
- Avvisami via email in caso di risposte al mio commento.
- I commenti sono moderati.
- Riproduzione riservata
""",
    "es": """
+ El concejo aprueba el presupuesto tras un largo debate

+ El concejo municipal aprobó el lunes el nuevo presupuesto tras un largo debate sobre la financiación de las escuelas y la reparación de las calles, que se prolongó hasta la noche.

+ Los concejales acordaron destinar más dinero a los salarios de los maestros el próximo año, mientras que el asfaltado de la circunvalación se aplazó hasta la primavera.

+ Los vecinos que intervinieron en la sesión celebraron los fondos adicionales para las escuelas, pero se mostraron preocupados por el estado de las calles en invierno.

- Siguiente
- Los comentarios son moderados.
- Recibir un email con los siguientes comentarios a esta entrada.
- Para leer el artículo completo, suscríbete.
- Prohibida su reproducción total o parcial.
""",
}

# The rules written for these stock lines: the pages must exercise each of them.
NEW_RULES = {
    "comment-moderation-notice", "comment-notify-checkbox", "newsletter-pitch", "consent-notice", "reprint-notice",
    "platform-credit-more", "advertising-disclosure", "footer-link", "paywall-teaser", "page-nav-label",
    "page-nav-label-near", "app-download-prompt", "support-plea", "follow-handle",
}

# The same words in sentences of prose: content, unchanged.
CLEAN = {
    "en": [
        "Readers can sign up for the newsletter at the library, the mayor said.",
        "Comments are moderated by a team of 40 people in Dublin, who read every post before it goes live.",
        "We ask that comments be civil, the editor wrote in a note to readers.",
        "Any reproduction of the images without permission is strictly prohibited, the court ruled.",
        "Reproduction of the work without permission is prohibited under Article 5 of the law.",
        "Stay up to date with your vaccinations.",
        "Sign up to get vaccinated, officials urged residents on Monday.",
        "You are here because you care about the town, the mayor told the crowd.",
        "Print the recipe and keep it on the fridge, she advised.",
        "Powered by solar panels, the village no longer needs diesel.",
        "Customer care costs rose 12% in the quarter.",
        "Explore further afield, and the coast opens up.",
        "To read the full report, researchers had to register with the agency in Geneva and wait weeks.",
        "Download the app for iOS and you will see the difference, the developer said.",
        "The firm may receive compensation from the state for the losses, the judge ruled.",
        "I consent to receiving the treatment, she told the doctor.",
        "We rely on your support, the charity's director said at the gala.",
        "Follow the money on Twitter, where the trail is public.",
        "Join the thousands of people who get the flu jab every autumn.",
        "Last updated September 14, 2016",
    ],
    "de": [
        "Die Kommentare des Ministers wurden im Parlament heftig kritisiert, sagte die Abgeordnete am Dienstag.",
        "Der Nachdruck des Romans erschien im Frühjahr in einer Auflage von zehntausend Exemplaren.",
        "Benachrichtige mich, wenn der Zug kommt, bat sie ihren Bruder am Bahnsteig.",
    ],
    "fr": [
        "Les commentaires sont modérés par des bénévoles, a expliqué la direction du journal lundi.",
        "La reproduction des oiseaux a été perturbée par la sécheresse cette année dans la région.",
    ],
    "it": [
        "Ultima modifica al regolamento: il consiglio vota lunedì dopo settimane di trattative.",
        "Argomenti di discussione non mancano, ha detto il sindaco ai giornalisti in piazza.",
    ],
}


def boilerplate(text: str):
    return clean(text, select=["boilerplate"])


@pytest.mark.parametrize("lang", sorted(PAGES))
def test_stock_lines_go_and_article_stays(lang):
    check_chrome_page(PAGES[lang])


def rules_for_line(lang: str, line: str) -> set[str]:
    """The rules of the edits that remove one chrome line of a page set between two of its
    article paragraphs (after a share button, which the footer labels need as a neighbour)."""
    _, _, article = marked_page(PAGES[lang])
    text = f"{article[1]}\n\nShare\n{line}\n\n{article[2]}\n"
    result = boilerplate(text)
    assert line not in result.text.split("\n")
    return {e.rule for e in result.edits if line in text[e.start:e.end]}


def test_pages_exercise_every_new_rule():
    fired = set()
    for lang, page in PAGES.items():
        for line in marked_page(page)[1]:
            fired |= rules_for_line(lang, line)
    assert NEW_RULES - fired == set()


@pytest.mark.parametrize("lang", sorted(CLEAN))
def test_same_words_in_prose_stay(lang):
    text = "\n\n".join(CLEAN[lang]) + "\n"
    result = boilerplate(text)
    assert result.text == text, [(e.rule, text[e.start:e.end]) for e in result.edits]


def test_prose_with_the_words_inside_an_article_stays():
    """The counter-example sentences between article paragraphs, on a page with chrome around
    it: the chrome goes, every sentence stays."""
    text, chrome, article = marked_page(PAGES["en"])
    prose = CLEAN["en"][:-1]
    page = text.replace(article[2], article[2] + "\n\n" + "\n\n".join(prose), 1)
    out = boilerplate(page).text
    kept = set(out.split("\n"))
    assert [line for line in prose if line not in kept] == []
    assert [line for line in chrome if line in kept] == []


def test_footer_words_as_article_headings_stay():
    """'Customer Care' or 'Editorial Ethics' heading a section of an article, next to short lines
    of prose (one mentions e-mail), is not a footer link: those labels go only next to footer
    chrome."""
    text = (
        "The airline said delays were down for the third month in a row, helped by new staff at the hub and calmer weather.\n\n"
        "Customer Care\n\n"
        "Passengers can e-mail the airline.\n\n"
        "Editorial Ethics\n\n"
        "The paper's editors share a short code of conduct.\n\n"
        "Most complaints were about lost bags and refunds, which the company says now take under a week to process.\n"
    )
    result = boilerplate(text)
    assert result.text == text, [(e.rule, text[e.start:e.end]) for e in result.edits]
