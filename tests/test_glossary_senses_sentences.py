"""Sentences written for these tests (not taken from the glossary bench), each with a term of
several senses and the sense it has there: the pass may leave the term with a finding, but a sense
it chooses must be the right one, and it must choose on most of them."""

from __future__ import annotations

import pytest

from cleaner.glossary import senses
from cleaner.glossary.table import senses_by_term
from cleaner.rules import default_rules

CASES = [
    ('Apple fans queued overnight, but 苹果 said the new phone would ship late.', 'en', 'Apple (company)'),
    ('The grandmother handed each child a red 苹果 from the basket.', 'en', 'apple (fruit)'),
    ('Orchard owners in Gansu expect a record 苹果 crop this autumn.', 'en', 'apple (fruit)'),
    ('Regulators in Brussels fined 苹果 over its App Store rules.', 'en', 'Apple (company)'),
    ('Analysts cut their target for 小米 after its smartphone shipments slowed.', 'en', 'Xiaomi (company)'),
    ('In the north, farmers still cook 小米 porridge for breakfast.', 'en', 'millet'),
    ('The village sold two tonnes of 小米 to a grain trader.', 'en', 'millet'),
    ('小米 unveiled its first electric SUV at a launch in Beijing.', 'en', 'Xiaomi (company)'),
    ('Houthi rebels fired missiles at a tanker in the 红海 on Sunday.', 'en', 'Red Sea'),
    ('Bubble tea is now a 红海, with thousands of shops fighting on price.', 'en', 'red ocean (saturated market)'),
    ('Everyone has moved into the same 赛道, so margins are shrinking fast for the startups.', 'en', 'market segment'),
    ('Workers repaved the 赛道 before the Formula One weekend.', 'en', 'race track'),
    ('Retail 韭菜 keep buying whatever the influencers recommend on the stock forums.', 'en', 'retail investors (slang)'),
    ('She fried eggs with 韭菜 and a little garlic.', 'en', 'chives'),
    ('The 流量 of the Yellow River dropped sharply in the dry season.', 'en', 'water flow'),
    ('Short-video platforms fight for every bit of user 流量 and advertising money.', 'en', 'online traffic'),
    ('Analysts expect 理想 to deliver 50,000 cars this month.', 'en', 'Li Auto (carmaker)'),
    ('Mild winters make the island an 理想 base for training camps.', 'en', 'ideal'),
    ('Tourists can hike a wild section of the 长城 north of Beijing.', 'en', 'Great Wall (landmark)'),
    ('长城 said its Tank SUVs sold well in the Middle East.', 'en', 'Great Wall Motor (carmaker)'),
    ('App developers rushed to port their software to 鸿蒙 after Huawei dropped Android.', 'en', 'HarmonyOS'),
    ("ByteDance said 豆包 had become China's most used chatbot.", 'en', 'Doubao (chatbot)'),
    ('She steamed a dozen 豆包 for the family breakfast.', 'en', 'bean paste bun'),
    ('The 基金 returned 8% last year thanks to bank stocks.', 'en', 'investment fund'),
    ("Villagers set up a charitable 基金 to pay for the orphans' schooling.", 'en', 'charitable foundation'),
    ('Thousands of graduates 毕业 from Peking University every year.', 'en', 'graduate'),
    ('Many 蚂蚁 had built a nest under the kitchen floor, the pest controller said.', 'en', 'ants'),
    ('蚂蚁 said its Alipay app now serves a billion users.', 'en', 'Ant Group'),
    ('Firefighters sprayed 泡沫 on the burning fuel tanker.', 'en', 'foam'),
    ('Investors fear the AI 泡沫 could burst next year.', 'en', 'bubble (market)'),
    ('The tiny 夸克 is one of the building blocks of protons and neutrons.', 'en', 'quark (physics)'),
    ('Alibaba said 夸克 now has 200 million users for its AI search app.', 'en', 'Quark app'),
    ('Die Aktie von 小米 stieg nach starken Smartphone-Verkäufen.', 'de', 'Xiaomi (company)'),
    ('Die Bauern ernten im Herbst 小米 und Weizen.', 'de', 'millet'),
    ("Les agriculteurs récoltent le 小米 à la fin de l'été.", 'fr', 'millet'),
    ("L'action de 苹果 a reculé après l'annonce de l'iPhone.", 'fr', 'Apple (company)'),
    ('Sa grand-mère lui a donné une 苹果 du verger.', 'fr', 'apple (fruit)'),
    ('Seine 苹果 verfaulen im Obstgarten.', 'de', 'apple (fruit)'),
    ('The lunar probe sent back pictures of craters on the 月之暗面.', 'en', 'far side of the moon'),
    ('Investors poured money into 月之暗面, the maker of the Kimi chatbot.', 'en', 'Moonshot AI (company)'),
    ('Drivers must 充电 their electric cars for half an hour at the service station.', 'en', 'charge (a battery)'),
    ('Many office workers take online courses in the evening to 充电 and learn new skills.', 'en', 'upskill'),
    ('The lifeguards said nobody should 下海 while the waves were this high.', 'en', 'go into the sea'),
    ('In the 1990s, thousands of teachers and officials quit to 下海 and start a business.', 'en', 'go into business'),
    ('The index fell 7%, triggering the 熔断 that halted trading for the day.',
     'en', 'circuit breaker (trading or flight rule)'),
    ('ByteDance launched 头条 in 2012, years before TikTok.', 'en', 'Toutiao (news app)'),
    ('The crane driver pulled the wrong 杠杆 and the load fell.', 'en', 'lever (mechanical)'),
    ('Banks were told to cut 杠杆 and sell risky loans.', 'en', 'leverage (finance)'),
    ('The 苹果 orchard next to the Foxconn plant supplies juice makers.', 'en', 'apple (fruit)'),
    ('Her 苹果 laptop was stolen at the train station.', 'en', 'Apple (company)'),
    ('Millet farmers ignored the 小米 phone giveaway at the fair.', 'en', 'Xiaomi (company)'),
    ("The phone maker's founder grew up eating 小米 porridge in a poor village.", 'en', 'millet'),
    ('The shipping company said the 红海 crisis had doubled freight rates.', 'en', 'Red Sea'),
    ('Tankers avoided the 红海 after more drone attacks.', 'en', 'Red Sea'),
    ('The market for budget phones is a 红海 where nobody makes money.', 'en', 'red ocean (saturated market)'),
    ("The team's new investors watched the car lap the 赛道 in record time.", 'en', 'race track'),
    ('Chip design is the hottest 赛道 for investors this year.', 'en', 'market segment'),
    ('The 国家队 scored twice in the second half to beat Korea.', 'en', 'national team'),
    ('State media said the 国家队 had bought bank shares to calm the stock market.', 'en', 'state-backed funds'),
    ('Water from the burst dam doubled the 流量 downstream.', 'en', 'water flow'),
    ('Each subscriber gets 20 GB of 流量 a month under the new plan.', 'en', 'mobile data'),
    ('The river 两岸 were flooded after the storm.', 'en', 'both banks of a river'),
    ('Trade between the 两岸 slowed as Taipei tightened rules on Chinese investment.', 'en', 'cross-Strait'),
    ("Cainiao's rival said 菜鸟 would open ten warehouses in Europe.", 'en', 'Cainiao (logistics company)'),
    ('The zoo bought a 平头哥 from a breeder in South Africa.', 'en', 'honey badger'),
    ("Alibaba's 平头哥 designs RISC-V chips for servers.", 'en', 'T-Head (Alibaba chip unit)'),
    ('Police arrested a 黄牛 who sold fake train tickets outside the station.', 'en', 'ticket scalper'),
    ('The herders moved their 黄牛 to summer pastures.', 'en', 'cattle'),
    ('The 老虎 escaped from its enclosure at the zoo on Monday.', 'en', 'tiger (animal)'),
    ('The discipline inspectors said more 老虎 would fall in the anti-graft drive.', 'en', 'senior corrupt official'),
    ('The 回购 of 5% of its shares will start next week, the company said.', 'en', 'share buyback'),
    ('Le groupe 长城 a vendu davantage de pick-up en Australie.', 'fr', 'Great Wall Motor (carmaker)'),
    ('Les touristes ont escaladé la 长城 à Badaling.', 'fr', 'Great Wall (landmark)'),
    ('Das Unternehmen 蚂蚁 zahlte eine Strafe von 7 Milliarden Yuan.', 'de', 'Ant Group'),
    ('Nach dem Regen krochen viele 蚂蚁 aus dem Nest.', 'de', 'ants'),
    ('The 生态 of the lake recovered after the factories closed.', 'en', 'ecology (nature)'),
    ('Huawei is building a 生态 of developers around its chips.', 'en', 'ecosystem (business)'),
    ("Apple's 生态 of apps keeps users loyal.", 'en', 'ecosystem (business)'),
    ('The fossil hunters said the rocks dated from the 寒武纪.', 'en', 'Cambrian period'),
    ('The chip stocks rallied, led by 寒武纪 and SMIC.', 'en', 'Cambricon (chip company)'),
    ('A journalist asked 豆包 to write a poem about dumplings.', 'en', 'Doubao (chatbot)'),
    ('The hotel served 豆包, congee and pickles at breakfast.', 'en', 'bean paste bun'),
    ('苹果 rose 3% in after-hours trading on strong iPhone sales.', 'en', 'Apple (company)'),
    ('The brand 小米 has overtaken Apple in Europe.', 'en', 'Xiaomi (company)'),
    ('Our 小米 arrived from the farm in cloth sacks.', 'en', 'millet'),
    ('A 小米 spokesperson declined to comment on the recall.', 'en', 'Xiaomi (company)'),
    ('The 长城 is more than 20,000 kilometres long, a new survey found.', 'en', 'Great Wall (landmark)'),
    ('A 长城 pickup was the best-selling truck in Chile last year.', 'en', 'Great Wall Motor (carmaker)'),
    ('Two 红海 ports were closed after the missile strikes.', 'en', 'Red Sea'),
    ('Every 红海 has a few survivors who win by cutting costs.', 'en', 'red ocean (saturated market)'),
    ('Their 韭菜 grew well after the spring rain.', 'en', 'chives'),
    ('Many 韭菜 lost their savings when the bubble burst in the stock market.', 'en', 'retail investors (slang)'),
    ('Several 基金 sold their stakes in the developer last month.', 'en', 'investment fund'),
    ('These 豆包 are filled with sweet red bean paste.', 'en', 'bean paste bun'),
    ('Users complain that 豆包 gives wrong answers to maths questions.', 'en', 'Doubao (chatbot)'),
    ('Each 菜鸟 gets a mentor during the first month of training.', 'en', 'rookie'),
    ('The startup 月之暗面 said its Kimi model now reads two million characters.', 'en', 'Moonshot AI (company)'),
    ('Our 理想 is a world without poverty, the minister said.', 'en', 'ideal'),
    ('The 理想 L9 topped sales of large SUVs in October.', 'en', 'Li Auto (carmaker)'),
    ("Ses 苹果 pourrissent dans le verger faute d'acheteurs.", 'fr', 'apple (fruit)'),
    ('Ein 苹果 am Tag hält den Doktor fern.', 'de', 'apple (fruit)'),
    ('Der Konzern 蚂蚁 plant einen Börsengang in Hongkong.', 'de', 'Ant Group'),
    ('Two 蚂蚁 carried a crumb across the table.', 'en', 'ants'),
    ('The 蚂蚁 IPO was suspended by regulators in 2020.', 'en', 'Ant Group'),
    ('Der Smartphone-Hersteller 小米 hat im dritten Quartal mehr Handys verkauft.', 'de', 'Xiaomi (company)'),
    ('Die Houthi-Rebellen griffen erneut Schiffe im 红海 an.', 'de', 'Red Sea'),
    ('Der Markt für Milchtee ist längst ein 红海 mit ruinösem Preiskrieg.', 'de', 'red ocean (saturated market)'),
    ('Apple-Chef Tim Cook sagte, 苹果 werde mehr in China investieren.', 'de', 'Apple (company)'),
    ('Die Bauern in Shaanxi ernten ihre 苹果 früher als sonst.', 'de', 'apple (fruit)'),
    ('Le constructeur 长城 a vendu plus de pick-up en Australie.', 'fr', 'Great Wall Motor (carmaker)'),
    ('Les touristes visitent la 长城 à Mutianyu.', 'fr', 'Great Wall (landmark)'),
    ('Les investisseurs ont misé sur le 赛道 des robots humanoïdes.', 'fr', 'market segment'),
    ('La voiture a quitté la 赛道 au dernier tour du Grand Prix.', 'fr', 'race track'),
    ('Les pêcheurs ne peuvent pas 出海 pendant le typhon.', 'fr', 'going to sea'),
    ('Les marques chinoises veulent 出海 pour trouver de nouveaux clients.', 'fr', 'overseas expansion'),
    ('Les petits porteurs se sentent traités comme des 韭菜 par les grands fonds en Bourse.',
     'fr', 'retail investors (slang)'),
    ('Die Sonde landete auf der 月之暗面 und sammelte Proben.', 'de', 'far side of the moon'),
    ('Investoren steckten eine Milliarde Dollar in 月之暗面, den Entwickler des Chatbots Kimi.',
     'de', 'Moonshot AI (company)'),
    ('Die Plattform kaufte 流量, um neue Nutzer zu gewinnen.', 'de', 'online traffic'),
    ('Les pompiers ont projeté de la 泡沫 sur le camion en feu.', 'fr', 'foam'),
    ('Les économistes craignent une 泡沫 immobilière.', 'fr', 'bubble (market)'),
]


def _choice(text: str, lang: str):
    groups = senses_by_term(default_rules().get("cjk_glossary"))
    zh = max((k for k in groups if k in text and len(groups[k]) > 1), key=len)
    chosen = senses.choose(groups[zh], text, *senses.locate({zh}, text), lang)
    return None if chosen is None else chosen.sense


@pytest.mark.parametrize("text,lang,sense", CASES)
def test_a_chosen_sense_is_the_right_one(text, lang, sense):
    assert _choice(text, lang) in (None, sense)


def test_most_senses_are_chosen():
    chosen = sum(_choice(text, lang) is not None for text, lang, _ in CASES)
    assert chosen >= 0.8 * len(CASES)
