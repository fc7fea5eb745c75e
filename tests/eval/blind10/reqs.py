from vols import dp
REQS = []
def R(n, area, q, avail, langs, fit, rel='', remote_ok=False, note='', exclude='', include_rel=''):
    REQS.append(dict(key='n-r%03d' % n, neighbourhood=area, question=q, availability=dp(avail), languages=langs.split(),
                     _fit=set(fit.split()), _rel=set(rel.split()), _remote_ok=remote_ok, _note=note,
                     _exclude=set(exclude.split()), _include_rel=set(include_rel.split())))

# ---- batch 1
R(1, 'Hatert', 'dhr 78 Hatert, lamp boven eettafel doet het niet meer, nieuwe lamp ligt al klaar. liefst di', 'di-o di-m', 'nl', 'elek',
  note='Hang/connect a ceiling lamp: small electrical job in Hatert on Tuesday.')
R(2, 'Hengstdal', 'Mw. Hengstdal: de goot loopt over bij elke bui, het water klettert langs het slaapkamerraam. Ze kan zelf niet meer de ladder op.', '', 'nl', 'goot',
  note='Symptom wording for clearing a blocked gutter.')
R(3, 'Tolhuis', 'Mevrouw Jansen (84) woont sinds het overlijden van haar man alleen in Tolhuis. Haar kinderen wonen in Groningen en komen weinig, ze zit veel binnen en praat soms dagen met niemand. Een vast kopje koffie in de week zou ze heel fijn vinden.', 'di-m wo-m', 'nl', 'bezoek',
  note='Loneliness, weekly home visit; the phone buddy is partial because she wants someone at the table.')
R(4, 'Lindenholt', 'dhr. 67 Lindenholt, heg staat tot over de stoep en de buren klagen. kan zelf niet meer ivm rug. ma of vr ochtend', 'ma-o vr-o', 'nl', 'tuinonderhoud', 'tuinplant',
  note='Hedge trimming; planting/vegetable-garden volunteers are only related.')
R(5, 'Meijhorst', 'het rolgordijn in de slaapkamer zakt steeds scheef naar beneden en nu is het koordje geknapt, mw. (77) slaapt sindsdien met het licht van de lantaarnpaal in haar gezicht', 'wo-o do-o', 'nl', 'zonw',
  note='Broken roller-blind cord: window blinds repair.')
R(6, 'Weezenhof', 'Dhr. Bulut (71) kwam in de jaren zeventig uit Turkije naar Nijmegen; sinds zijn vrouw vorig jaar overleed eet hij bijna alleen nog brood en zijn dochter maakt zich zorgen. Hij wil graag een paar simpele warme maaltijden leren koken (spreekt Turks en redelijk Nederlands).', '', 'nl tr', 'koken',
  note='Learn to cook simple meals; any nearby cooking volunteer fits.')
R(7, 'Wolfskuil', "mw. Wolfskuil zegt: 'de kraan in de keuken blijft maar druppen, ik hoor het de hele nacht tik tik tik'. avond of zaterdag", 'ma-a wo-a za-o', 'nl', 'kraan',
  note='Dripping kitchen tap: plumbing.')
R(8, 'Oost', 'mw 80 Oost, ogen gaan hard achteruit (macula), mist haar krant en het parochieblad. zoekt iemand die wekelijks komt voorlezen', 'di-m wo-m do-m', 'nl', 'voorlees', 'voorleeskind',
  note='Reading the newspaper aloud to an older woman; reading to children is related.')
R(9, 'Hatert', 'Teyze (76) in Hatert spreekt alleen Turks. Haar kinderen wonen in Duitsland en ze zit de hele dag alleen voor de Turkse tv. Ze zou heel blij zijn met iemand die op bezoek komt om in het Turks te praten.', 'ma-m di-m', 'tr', 'bezoek',
  note='Company in Turkish only; Dutch-only visitors share no language.')
R(10, 'Dukenburg', 'Pan Zbigniew (Dukenburg) spreekt alleen Pools. Hij wil een nieuwe lamp in de woonkamer opgehangen hebben en een paar planken in de kinderkamer. Kan op zaterdagochtend.', 'za-o', 'pl', 'elek plank',
  note='Polish-only resident, lamp and shelves; only Polish-speaking handymen count.')

# ---- batch 2
R(11, 'Oud-West', 'Meneer Hendriks (82) rijdt geen auto meer sinds zijn staaroperatie. Hij moet de komende weken drie keer naar het CWZ voor controle en zijn dochter werkt fulltime. Iemand die hem brengt en even meewacht zou een uitkomst zijn.', 'di-o do-o', 'nl', 'vervoer',
  note='Transport to hospital appointments.')
R(12, 'Bottendaal', "mw. (45, MS) Bottendaal: 'mijn fiets staat al maanden in de schuur met een lekke band en de remmen doen niks meer'. di/do middag", 'di-m do-m', 'nl', 'fiets',
  note='Bike repair (flat tyre, brakes); cycling lessons would be a false friend.')
R(13, 'Hatert', 'Mw. Amal (34) kwam vier jaar geleden met haar man en drie kinderen uit Syrië; de kinderen fietsen naar school, maar zij heeft het nooit geleerd en durft niet. Ze wil graag leren fietsen zodat ze zelf naar de markt kan, spreekt Arabisch en een beetje Nederlands.', 'di-o do-o', 'ar nl', 'fietsles',
  note='Learning to ride a bike: cycling teachers fit, bike mechanics do not.')
R(14, 'Lent', 'dhr 70 Lent, laptop start traag en zit vol met pop-ups, kan zijn mail niet meer lezen. mag ook op afstand. avond', 'ma-a di-a wo-a', 'nl', 'computer', remote_ok=True,
  note='Slow laptop full of pop-ups; remote help is acceptable.')
R(15, 'Zuid', 'de klok tikt niet meer - staande klok van haar vader, mw. is er erg aan gehecht en kan hem niet zelf wegbrengen', '', 'nl', 'klok', 'apparaat',
  note='Clock repair; general appliance fixers are only related.')
R(16, 'Willemskwartier', 'mw. 68 Willemskwartier: broeken moeten korter en er moeten knopen aan haar winterjas. heeft geen naaimachine. ochtend', 'ma-o vr-o', 'nl', 'naaien',
  note='Hemming and buttons: mending/sewing.')
R(17, 'Centrum', 'Meneer Verhoeven (90) was vroeger hoofdmeester en schaakte elke week op de club, maar hij komt de deur bijna niet meer uit. Hij zou het geweldig vinden als iemand af en toe een partijtje komt spelen.', '', 'nl', 'schaak', 'spel',
  note='Chess partner at home; a board-games visitor is related.')
R(18, 'Tolhuis', "'Ik krijg steeds brieven van het CJIB en van de energie en ik maak ze niet meer open' - mw. 52, alleenstaand, schulden lopen op. liefst ochtend", 'ma-o di-o di-m', 'nl', 'geld', 'admin',
  note='Debts and unopened letters: debt/budget buddy fits; general paperwork help is related.')
R(19, 'Hees', 'dhr 75 Hees kan na zijn heupoperatie zijn labrador (Bikkel) 6 weken niet uitlaten. ochtenden', 'ma-o di-o wo-o do-o vr-o', 'nl', 'huisdier',
  note='Dog walking during recovery.')
R(20, 'Neerbosch-Oost', 'Mw. de Ruiter zorgt al vijf jaar voor haar man met Alzheimer. Ze is op, slaapt slecht en komt nergens meer aan toe; één middag per week dat iemand bij hem zit, zodat zij naar haar zus kan, zou al veel schelen.', 'di-m do-m', 'nl', 'mantelzorg',
  note='Respite for a carer of a man with dementia.')

# ---- batch 3
R(21, 'Lindenholt', 'Dhr. Khalil (Lindenholt) kwam uit Homs en spreekt Arabisch en wat Engels. Hij heeft via de gemeente een laptop gekregen maar weet niet hoe hij moet mailen of online een formulier van het UWV invult, kan \'s avonds.', 'di-a do-a', 'ar en', 'computer admin', remote_ok=True,
  note='Laptop, e-mail and an online form for an Arabic/English speaker; remote help acceptable.')
R(22, 'Wolfskuil', 'Mw. (58) komt uit Nador en woont al twintig jaar hier, maar spreekt amper Nederlands; nu haar kinderen het huis uit zijn wil ze eindelijk Nederlands leren praten, zodat ze zelf met de huisarts kan praten (spreekt Tamazight en Arabisch).', 'ma-o wo-o', 'ar zgh', 'taal',
  note='Dutch conversation practice for a Tamazight/Arabic speaker; only volunteers who can explain in her languages count.')
R(23, 'Hatert', 'jongen 11 jr, groep 8, loopt vast met breuken en rekenen, cito komt eraan. ouders spreken Turks en Nederlands. na school di/do', 'di-m do-m', 'nl tr', 'huiswerk',
  note='Homework/maths help for a primary-school boy; online-only tutor is too weak for an 11-year-old in person.')
R(24, 'Groenewoud', "'De deur van de badkamer sleept over de vloer en de voordeur moet ik met mijn schouder dichtduwen' - mw. 73 Groenewoud", 'di-o do-o za-o', 'nl', 'deur',
  note='Sticking doors: carpentry (planing, hinges).')
R(25, 'Bottendaal', 'Mw. Rosalie (66) komt van Curaçao en woont sinds een paar maanden in Bottendaal en kent nog bijna niemand. Vroeger speelde ze gitaar in de kerk en dat wil ze graag weer oppakken; les in het Papiaments zou helemaal mooi zijn, \'s avonds.', 'di-a vr-a', 'pap nl', 'gitaar',
  note='Guitar lessons; the Papiamento-speaking teacher is a bonus but both nearby teachers fit.')
R(26, 'Midden', 'echtpaar 80+ Midden, wekelijks boodschappen, vooral zware dingen (water, melk, kattenbakkorrels). di of vr ochtend', 'di-o vr-o', 'nl', 'boodschap', include_rel='n-v127',
  note='Weekly grocery shopping; a visitor who goes to the market together is related.')
R(27, 'Hazenkamp', "'mijn haar is een ragebol, ik kom sinds mijn val de deur niet meer uit' - mw. 88 Hazenkamp", '', 'nl', 'kapper',
  note='Hairdresser at home.')
R(28, 'Tolhuis', 'Dhr. Jansen (58) is na een hartinfarct afgekeurd en zit veel thuis; de cardioloog zegt dat hij moet gaan bewegen, maar alleen naar de sportschool durft hij niet. Hij zoekt iemand om samen mee te gaan, tijd genoeg.', '', 'nl', 'sport', 'oefenen zwem',
  note='Gym buddy; home chair exercise and swimming buddies are related.')
R(29, 'Meijhorst', 'Amca (74) Meijhorst spreekt alleen Turks. Hij krijgt brieven van de Belastingdienst over zijn huurtoeslag en snapt ze niet, en hij moet de DigiD-app op zijn telefoon krijgen.', '', 'tr', 'admin telefoon',
  note='Turkish-only: tax letters and DigiD app on the phone.')
R(30, 'Nieuw-West', 'Mw. Galina (79) kwam in 2022 uit Oekraïne bij haar dochter wonen, die de hele dag werkt. Ze spreekt alleen Oekraïens en Russisch, zit eenzaam thuis en wil graag bezoek en hulp met videobellen met haar kleindochter in Lviv.', 'ma-m wo-m do-m', 'uk ru', 'bezoek telefoon computer',
  note='Ukrainian/Russian-only: company plus video calling.')

# ---- batch 4
R(31, 'Noord', "mw 72 Ressen/Noord heeft van haar kleinzoon een nieuwe smartphone gekregen maar snapt whatsapp niet, wil de foto's van haar achterkleinkind kunnen zien. do avond kan", 'do-a', 'nl', 'telefoon',
  note='Smartphone/WhatsApp help.')
R(32, 'Oosterhout', "'Bij regen komt het water over de rand van het dak en de regenpijp klokt en borrelt' - dhr 81 Oosterhout, zaterdag is zoon er ook", 'za-o', 'nl', 'goot',
  note='Overflowing gutter and blocked downpipe.')
R(33, 'Hatert', 'Mw. Pietersen (79) is sinds een beroerte slecht ter been en loopt met een rollator; vroeger liep ze elke dag door het park, nu durft ze niet meer alleen naar buiten. Haar zoon vraagt of iemand op een vaste ochtend met haar wil wandelen.', 'ma-o wo-o', 'nl', 'wandel', 'rolstoel',
  note='Walking companion for a woman with a walker.')
R(34, 'Waterkwartier', 'moeder alleen met 3 kids verhuist eind vd maand binnen het Waterkwartier naar een grotere woning, hulp nodig bij sjouwen en dozen. za', 'za-o za-m', 'nl', 'verhuis',
  note='Help with moving house.')
R(35, 'Groenewoud', 'Dhr. Willemsen (85) wil zijn kleinkinderen iets nalaten: hij is benieuwd waar de familie vandaan komt, zijn opa zou uit Kleef gekomen zijn. Hij heeft geen computer en wil het liefst samen aan tafel met de papieren zitten.', 'ma-m wo-m do-m', 'nl', 'genealogie', 'levensverhaal',
  note='Family-tree research in person; the online-only genealogist does not fit someone without a computer; life-story writing is related.')
R(36, 'Willemskwartier', "'Het behang komt overal los bij de naden en er zitten vlekken op' - mw. 70 wil haar woonkamer opgeknapt hebben voor de verjaardag van haar man", 'wo-m vr-m za-o', 'nl', 'behang', 'verf',
  note='Wallpapering a living room; wall painters are related.')
R(37, 'Weezenhof', 'dhr 66 Weezenhof, nieuwe kast van de ikea staat nog in de dozen, lukt hem niet door artrose in de handen', 'vr-m za-m', 'nl', 'meubel',
  note='Flat-pack furniture assembly.')
R(38, 'Centrum', 'Mevrouw Bakker (74) is bijna blind en de post stapelt zich op: haar buurvrouw las altijd de brieven voor, maar die is verhuisd. Ze wil iemand die uitlegt wat er in de brieven staat en wat ze moet doen, telefonisch mag ook.', 'ma-o wo-o', 'nl', 'admin', 'geld', remote_ok=True,
  note='Explaining letters and paperwork; phone help acceptable.')
R(39, 'Neerbosch-Oost', "'de wasmachine maakt een enorme herrie en pompt het water niet meer weg' - mw. 60 Neerbosch-Oost, middag", 'ma-m wo-m', 'nl', 'apparaat',
  note='Washing-machine repair.')
R(40, 'Hees', 'mw 35 Hees, alleenstaand met 2 kinderen, komt elke maand tekort en wil een budgetplan maken. mag telefonisch. avond', 'ma-a di-a do-a', 'nl', 'geld', remote_ok=True,
  note='Budget coaching; phone help acceptable.')

# ---- batch 5
R(41, 'Weezenhof', 'Vader (Weezenhof) komt uit Eritrea en spreekt Tigrinya en Engels, nog weinig Nederlands. Zijn dochter (10) krijgt veel huiswerk mee en hij kan haar niet helpen met de Nederlandse teksten. Woensdagmiddag of zaterdag.', 'wo-m za-o', 'ti en', 'huiswerk',
  note='Homework help for a child; parent speaks Tigrinya/English only.')
R(42, 'Oud-West', 'Dhr. Koster (77) speelde vroeger piano in een dansorkest; na de dood van zijn vrouw heeft hij haar oude piano laten stemmen, maar hij is bijna alles vergeten. Hij wil weer les, het liefst op woensdag.', 'wo-m wo-a', 'nl', 'piano', 'keyboard',
  note='Piano lessons to pick up playing again; keyboard/accordion teacher is related.')
R(43, 'Hengstdal', 'mw 45 Hengstdal wil zangles, moet over 2 mnd zingen op de bruiloft van haar dochter en is erg zenuwachtig. avond', 'ma-a di-a', 'nl', 'zang',
  note='Singing lessons; choir singing is a false friend.')
R(44, 'Lent', 'Een jong gezin in Lent heeft een moestuinbak gekregen van de wijkvereniging, maar niemand weet hoe je er iets in laat groeien. De oudste (8) wil per se tomaten. Ze zoeken iemand die het een paar keer komt voordoen.', '', 'nl', 'tuinplant', 'tuinonderhoud',
  note='Starting a vegetable bed; heavy garden maintenance is related.')
R(45, 'Midden', 'dhr 79 Midden heeft een tablet gekregen, wil leren videobellen met zijn dochter in Australië. di ochtend past het best', 'di-o', 'nl', 'telefoon',
  note='Tablet and video calling.')
R(46, 'Hatert', "'Ik kan de fotoalbums van vroeger niet meer bekijken zonder te huilen, ik wil het verhaal opschrijven voor mijn kleinkinderen' - mw. 86 Hatert", '', 'nl', 'levensverhaal', 'genealogie',
  note='Writing a life story with an older woman; genealogy is related, online-only help too weak.')
R(47, 'Lindenholt', 'Dhr. en mw. Kaplan (beiden 80) wonen in Lindenholt op drie hoog en spreken Turks en Nederlands. Sinds mw. een nieuwe heup heeft lukt het niet meer om de kat naar de dierenarts te brengen en de kattenbak te verschonen, en hun zoon woont in Rotterdam.', '', 'nl tr', 'huisdier',
  note='Cat care and vet visit.')
R(48, 'Meijhorst', "'mijn handen willen nog wel, maar ik weet niet meer hoe je een hiel breit' - mw. 84 Meijhorst wil weer sokken breien voor de kleinkinderen", 'ma-m di-m do-m', 'nl', 'handwerk',
  note='Knitting help.')
R(49, 'Weezenhof', 'mw 71 Weezenhof schilderde vroeger aquarellen en wil weer beginnen, maar alleen komt het er niet van. zoekt iemand om samen te schilderen', 'di-m wo-m', 'nl', 'kunst', 'knutsel',
  note='Painting watercolours together (art); house painters are a false friend.')
R(50, 'Neerbosch-Oost', 'Mw. (67) heeft ernstige COPD en komt niet meer buiten; bezoek aan huis wil ze liever niet vanwege infecties. Ze mist contact en zou graag een paar keer per week gebeld worden.', '', 'nl', 'bel', remote_ok=True,
  note='Phone buddy; in-person visitors do not match because she declines visits.')
