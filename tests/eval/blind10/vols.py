# Volunteer source data for the blind Nijmegen set. tags/remote are internal (not written to jsonl).
D = {'o': 'ochtend', 'm': 'middag', 'a': 'avond'}
def dp(s):
    return [x.split('-')[0] + '-' + D[x.split('-')[1]] for x in s.split()] if s else []
VOLS = []
def V(n, name, area, bh, passions, talents, about, avail, langs, mx=1, active=True, tags='', remote=False):
    VOLS.append(dict(key='n-v%03d' % n, name=name, neighbourhood=area, buurthuis=bh, passions=passions,
                     talents=talents, about=about, availability=dp(avail), languages=langs.split(),
                     maxMatches=mx, active=active, _tags=set(tags.split()), _remote=remote))

# ---- batch 1: in en om het huis, tuin
V(1, 'Henk Janssen', 'Hatert', 'Hart van Hatert', ['klussen in huis', 'elektra'], ['lampen ophangen', 'stopcontacten vervangen', 'schakelaars'],
  'Ik ben gepensioneerd elektricien en help graag buren met kleine klusjes. Aan de meterkast kom ik niet, maar een lamp of snoer repareren doe ik zo.', 'ma-o di-o do-o', 'nl', 3, tags='elek')
V(2, 'Mehmet Yılmaz', 'Dukenburg', 'Wijkcentrum Titus Brandsma', ['sleutelen', 'klusjes voor ouderen'], ['loodgieterswerk', 'lekkende kranen', 'wc die blijft doorlopen'],
  'Mehmet was dertig jaar installateur. Hij komt graag langs bij ouderen in Dukenburg als er iets lekt of druppelt. Spreekt ook Turks.', 'di-m wo-m za-o', 'nl tr', 2, tags='kraan')
V(3, 'Ria van den Heuvel', 'Bottendaal', None, ['binnenmuren schilderen', 'opknappen'], ['kozijnen lakken', 'muren sauzen'],
  'Ik vind het heerlijk om een kamer weer fris te maken. Netjes afplakken en strak lakken is mijn ding.', 'ma-m wo-o vr-o', 'nl en', 1, tags='verf')
V(4, 'Piet Hendriks', 'Brakkenstein', 'De Brack', ['timmeren', 'houtbewerking'], ['klemmende deuren schaven', 'scharnieren', 'sloten vervangen'],
  'Piet is timmerman geweest en heeft een werkplaats in de schuur. Deuren die aanlopen of niet meer dicht willen zijn zijn specialiteit.', 'di-o do-m', 'nl', 2, tags='deur')
V(5, 'Kees Willems', 'Lindenholt', None, ['tuinieren', 'snoeien'], ['heg knippen', 'onkruid wieden', 'gazon maaien'],
  'Ik heb zelf geen tuin meer sinds ik in een flat woon, dus ik help graag anderen. Ik neem mijn eigen heggenschaar mee.', 'ma-o wo-o vr-o', 'nl', 2, tags='tuinonderhoud')
V(6, 'Fatima El Amrani', 'Wolfskuil', 'Buurthuis De Wolfskuil', ['behangen', 'kamers opknappen'], ['behang plakken', 'oud behang afstomen'],
  'Fatima heeft thuis alle kamers zelf behangen en vindt het leuk om dat bij anderen te doen. Ze spreekt Nederlands, Arabisch en Tamazight.', 'di-m do-m', 'nl ar zgh', 1, tags='behang')
V(7, 'Jan-Willem Peters', 'Oosterhout', 'Wijkcentrum Oosterhout', ['klussen', 'op de ladder staan heb ik geen moeite mee'], ['dakgoten schoonmaken', 'bladvangers plaatsen'],
  'Ik heb een lange ladder en een bus. Op zaterdag rijd ik graag een rondje langs mensen die hun goot niet meer zelf kunnen doen.', 'za-o za-m', 'nl de', 3, tags='goot')
V(8, 'Tomasz Kowalski', 'Hees', None, ['bouwen', 'alles wat met je handen is'], ['planken ophangen', 'boren in beton', 'gordijnrails'],
  'Tomasz werkt overdag in de bouw en helpt \'s avonds en op zaterdag. Hij heeft alle boren en pluggen zelf.', 'ma-a di-a za-o', 'nl pl en', 2, tags='plank')
V(9, 'Gerrit Arts', 'Meijhorst', 'Wijkcentrum Titus Brandsma', ['rolluiken en zonwering'], ['lamellen repareren', 'koordjes van rolgordijnen vervangen', 'horren en screens'],
  'Ik heb jaren bij een zonweringbedrijf gewerkt. Een rolluik dat scheef hangt of een koordje dat knapt los ik meestal in een uurtje op.', 'wo-o do-o', 'nl', 2, tags='zonw')
V(10, 'Anouk Verhoeven', 'Groenewoud', None, ['verven', 'kleur in huis'], ['muren schilderen', 'plafonds witten'],
  'Anouk is grafisch ontwerper en schildert in het weekend graag een kamer voor iemand die dat zelf niet meer kan. Ze werkt netjes en ruimt op.', 'za-o za-m zo-m', 'nl en', 1, tags='verf')
V(11, 'Ahmed Bakkali', 'Hatert', 'Hart van Hatert', ['klussen', 'mensen helpen in de buurt'], ['lampje ophangen', 'kraantje vervangen', 'kastjes in elkaar zetten'],
  'Ahmed is allround handig en heeft op doordeweekse middagen tijd. Hij spreekt Nederlands, Arabisch en Tamazight.', 'ma-m di-m wo-m', 'nl ar zgh', 3, tags='elek kraan meubel')
V(12, 'Wim de Bruijn', 'Tolhuis', None, ['elektra', 'verlichting'], ['armaturen', 'dimmers'],
  'Wim heeft aangegeven te stoppen vanwege zijn gezondheid.', 'ma-o', 'nl', 1, active=False, tags='elek')
V(13, 'Sandra Kuipers', 'Oost', None, ['tuinen', 'plantjes'], ['balkonbakken', 'moestuintje aanleggen', 'tuinadvies'],
  'Ik word blij van een balkon vol bloemen. Samen met iemand plantjes uitzoeken en poten vind ik het leukst.', 'di-o do-o', 'nl', 1, tags='tuinplant')
V(14, 'Ruud Claassen', 'Zuid', None, ['tuinonderhoud'], ['hagen snoeien', 'bladblazen', 'groenafval wegbrengen'],
  'Ruud heeft een aanhanger en neemt het snoeiafval meteen mee. Hij werkt het liefst in een vaste ronde langs een paar adressen.', 'ma-o ma-m vr-m', 'nl', 3, tags='tuinonderhoud')
V(15, 'Baran Demir', 'Weezenhof', None, ['sleutelen', 'techniek'], ['cv-ketel bijvullen', 'radiatoren ontluchten', 'kranen'],
  'Baran is monteur en helpt na het werk. Hij spreekt Nederlands, Turks en Koerdisch.', 'wo-a do-a za-o', 'nl tr ku', 2, tags='kraan verwarming')
V(16, 'Hans Vermeulen', 'Waterkwartier', None, ['klussen in en om het huis'], ['dakgoot', 'schuttingen', 'tuinhek repareren'],
  'Hans is met vroegpensioen en heeft vier ochtenden in de week over. Hoogte is geen probleem.', 'ma-o di-o wo-o do-o', 'nl', 2, tags='goot schutting')
V(17, 'Joost van Dijk', 'Lent', None, ['houtwerk'], ['deurtjes bijstellen', 'laatjes die klemmen', 'sloten'],
  'Joost werkt doordeweeks en klust in het weekend. Kleine timmerklusjes vindt hij ontspannend.', 'za-o zo-o', 'nl en', 1, tags='deur meubel')
V(18, 'Yusuf Öztürk', 'Neerbosch-Oost', None, ['verbouwen', 'schilderwerk'], ['buitenschilderwerk', 'kozijnen', 'hekjes verven'],
  'Yusuf was schilder van beroep. Hij doet het liefst buitenwerk als het droog is.', 'ma-m di-m', 'nl tr', 1, tags='verf')
V(19, 'Els Bosman', 'Centrum', None, ['behangen en sauzen'], ['behangen', 'muurtjes sauzen'],
  'Els woont in de binnenstad en heeft al veel kamers opgeknapt voor vrienden. Ze is precies en geduldig.', 'wo-m vr-m', 'nl', 1, tags='behang verf')
V(20, 'Theo Mulder', 'Hengstdal', None, ['klusjes', 'ouderen die alles zelf willen blijven doen, daar help ik bij'], ['lampjes', 'deurbel', 'rookmelders ophangen'],
  'Theo is oud-docent techniek. Hij helpt met kleine elektrische dingen in huis en hangt rookmelders op.', 'ma-o wo-m', 'nl', 2, tags='elek')
V(21, 'Dennis Jacobs', 'Noord', None, ['tuin', 'groen'], ['grasmaaien', 'heggen', 'bestrating rechtleggen'],
  'Dennis woont in de Waalsprong en heeft alleen op zaterdag tijd. Hij doet het zware tuinwerk.', 'za-o za-m', 'nl', 2, tags='tuinonderhoud')
V(22, 'Amina Hassan', 'Tolhuis', None, ['moestuinieren', 'kruiden'], ['groente kweken', 'samen in de tuin werken'],
  'Amina heeft een volkstuin en deelt graag wat ze weet. Ze spreekt Nederlands, Somalisch en Engels.', 'di-o wo-o', 'nl so en', 1, tags='tuinplant')
V(23, 'Bert Lamers', 'Dukenburg', 'Wijkcentrum Titus Brandsma', ['zonwering', 'rolluiken'], ['rolluik dat vastzit', 'markiezen'],
  'Bert heeft een eigen zaak in zonwering gehad. Hij helpt op maandag.', 'ma-o ma-m', 'nl', 2, tags='zonw')
V(24, 'Leo Thijssen', 'Hazenkamp', None, ['klussen'], ['schilderijen ophangen', 'plankjes', 'spiegels'],
  'Leo hangt alles recht op wat recht moet hangen. Hij heeft een goede boormachine en een waterpas.', 'do-m vr-m', 'nl', 2, tags='plank')
V(25, 'Rachid Ouali', 'Oud-West', None, ['loodgieten'], ['afvoer ontstoppen', 'lekkage onder het aanrecht', 'sifon'],
  'Rachid is loodgieter in opleiding en helpt \'s avonds. Hij spreekt Nederlands, Arabisch, Tamazight en Frans.', 'ma-a wo-a', 'nl ar zgh fr', 1, tags='kraan')
V(26, 'Gerda Smits', 'Midden', None, ['tuinieren met ouderen'], ['plantenbakken', 'bloembollen poten'],
  'Gerda vindt het mooi om samen met iemand in de tuin bezig te zijn. Zware klussen doet ze niet.', 'ma-m do-m', 'nl', 1, tags='tuinplant')
V(27, 'Frank Peeters', 'Brakkenstein', None, ['dakgoten', 'klusjes op hoogte'], ['goten', 'dakpannetje terugleggen'],
  'Frank is verhuisd en staat niet meer op de lijst.', 'za-o', 'nl', 1, active=False, tags='goot')
V(28, 'Marco Hermsen', 'Hees', None, ['behang', 'verf'], ['behangen', 'schilderen'],
  'Marco is stukadoor en kan op zaterdagochtend helpen met behangen of een muur verven.', 'za-o', 'nl', 1, tags='behang verf')
V(29, 'Kevin Nguyen', 'Lindenholt', None, ['IKEA-kasten in elkaar zetten'], ['meubels monteren', 'bedden opbouwen'],
  'Kevin vindt bouwtekeningen leuke puzzels. Hij heeft vrijdagmiddag en zaterdagmiddag tijd.', 'vr-m za-m', 'nl en vi', 2, tags='meubel')
V(30, 'Stefan Wouters', 'Groenewoud', None, ['elektronica'], ['lampen aansluiten', 'verlichting', 'deurbellen'],
  'Stefan werkt overdag als technicus en helpt \'s avonds. Hij spreekt ook Duits.', 'ma-a di-a', 'nl de', 1, tags='elek')

# ---- batch 2: fietsen, apparaten, digitaal, papieren en geld
V(31, 'Johan Vos', 'Wolfskuil', 'Buurthuis De Wolfskuil', ['fietsen repareren'], ['band plakken', 'remmen afstellen', 'ketting vervangen'],
  'Johan draait de fietsenwerkplaats in het buurthuis. Hij komt ook aan huis als iemand de fiets niet meer kan brengen.', 'di-m do-m', 'nl', 3, tags='fiets')
V(32, 'Daniel Tesfay', 'Hatert', 'Hart van Hatert', ['fietsen', 'sleutelen aan fietsen'], ['fietsreparatie', 'versnellingen afstellen'],
  'Daniel kwam acht jaar geleden uit Eritrea en leerde het vak bij een fietsenmaker. Hij spreekt Tigrinya, Nederlands en Engels.', 'wo-m za-o', 'nl ti en', 2, tags='fiets')
V(33, 'Annemiek Roelofs', 'Oost', None, ['fietsles geven', 'mensen zelfstandig maken'], ['fietsles aan volwassen vrouwen', 'geduld'],
  'Annemiek geeft al jaren fietsles aan nieuwkomers. Ze heeft zelf een paar lesfietsen.', 'di-o do-o', 'nl en', 2, tags='fietsles')
V(34, 'Marcel Lenssen', 'Dukenburg', None, ['repair café', 'apparaten maken'], ['stofzuigers', 'koffiezetapparaten', 'strijkijzers'],
  'Marcel staat elke maand in het Repair Café. Hij komt ook langs als iets te zwaar is om te brengen.', 'za-o', 'nl', 2, tags='apparaat')
V(35, 'Hein van Rooij', 'Zuid', None, ['uurwerken', 'oude klokken'], ['klokken repareren', 'batterijtje horloge', 'uurwerk schoonmaken'],
  'Hein was horlogemaker. Een staande klok of een wandklok die stilstaat maakt hij graag weer aan het lopen.', 'ma-m wo-m', 'nl de', 1, tags='klok')
V(36, 'Sjaak Derks', 'Hengstdal', None, ["radio's en oude apparatuur"], ['radio en platenspeler repareren', 'solderen'],
  'Sjaak heeft een zolder vol oude radio\'s. Hij repareert graag iets wat anderen al afgeschreven hebben.', 'di-m vr-m', 'nl', 1, tags='apparaat')
V(37, 'Lisa de Graaf', 'Bottendaal', None, ['computers', 'digitale wereld uitleggen'], ['laptop instellen', 'e-mail', 'printer installeren'],
  'Lisa werkt in de ICT en helpt ouderen in haar buurt met de computer. Ze legt uit in gewone taal.', 'ma-a wo-a', 'nl en', 2, tags='computer')
V(38, 'Arjen Bouwman', 'Lent', None, ['computerhulp'], ['online', 'hulp op afstand', 'virussen verwijderen'],
  'Arjen helpt alleen op afstand, via de telefoon en een programma waarmee hij op het scherm mee kan kijken. Hij komt niet aan huis.', 'ma-a di-a wo-a do-a', 'nl en', 4, tags='computer', remote=True)
V(39, 'Bilal Chaouch', 'Waterkwartier', None, ['smartphones', 'technologie'], ['WhatsApp uitleggen', "foto's overzetten", 'tablet instellen'],
  'Bilal is student en heeft geduld met mensen die het lastig vinden. Hij spreekt Nederlands, Arabisch en Engels.', 'wo-m za-m', 'nl ar en', 2, tags='telefoon')
V(40, 'Ineke Koster', 'Hazenkamp', 'Digicafé Hazenkamp', ['ouderen wegwijs maken op de tablet'], ['iPad', 'videobellen', 'DigiD app'],
  'Ineke helpt op dinsdagochtend in het digicafé en gaat ook bij mensen thuis langs. Ze is zelf 71.', 'di-o', 'nl', 2, tags='telefoon')
V(41, 'Wojciech Nowak', 'Tolhuis', None, ['computers'], ['pc repareren', 'windows opnieuw installeren'],
  'Wojciech repareert computers als hobby. Hij spreekt Pools en Nederlands.', 'za-o za-m', 'nl pl', 1, tags='computer')
V(42, 'Erik Jansen', 'Midden', None, ['smartphonehulp'], ['Android', 'apps'],
  'Erik is gestopt; hij heeft een nieuwe baan.', 'do-a', 'nl', 1, active=False, tags='telefoon')
V(43, 'Margriet Hofman', 'Groenewoud', None, ['administratie', 'orde scheppen'], ['post sorteren', 'ordners aanleggen', 'brieven van instanties uitleggen'],
  'Margriet was secretaresse en houdt van overzicht. Ze helpt mensen die de post niet meer durven open te maken.', 'ma-o wo-o', 'nl', 2, tags='admin')
V(44, 'Hüseyin Kaya', 'Meijhorst', None, ['mensen helpen met papieren'], ['formulieren invullen', 'toeslagen aanvragen', 'brieven uitleggen in het Turks'],
  'Hüseyin helpt vooral oudere Turkse buurtbewoners met brieven van de gemeente en de Belastingdienst.', 'di-m do-m', 'nl tr', 3, tags='admin')
V(45, 'Peter van Leeuwen', 'Oud-West', None, ['geldzaken', 'budgetteren'], ['telefonisch', 'huishoudboekje', 'overzicht schulden maken'],
  'Peter werkte veertig jaar bij een bank. Hij helpt alleen telefonisch en via e-mail, omdat hij mantelzorger is voor zijn vrouw.', 'ma-a di-a do-a', 'nl en', 3, tags='geld', remote=True)
V(46, 'Saskia Brouwer', 'Dukenburg', None, ['thuisadministratie'], ['budgetcoaching', 'rekeningen op een rij', 'betalingsregeling treffen'],
  'Saskia is getraind als SchuldHulpMaatje. Ze komt aan huis en gaat mee naar gesprekken.', 'ma-o di-o vr-o', 'nl', 2, tags='geld admin')
V(47, 'Nadia Benali', 'Hatert', 'Hart van Hatert', ['mensen wegwijs maken'], ['DigiD aanvragen', 'formulieren van de gemeente', 'Wmo-aanvraag'],
  'Nadia zit ook bij het inloopspreekuur in Hatert. Ze spreekt Nederlands, Arabisch en Frans.', 'ma-m wo-m', 'nl ar fr', 2, tags='admin')
V(48, 'Gijs Timmermans', 'Lindenholt', None, ['cijfers', 'belastingaangifte'], ['belastingaangifte', 'toeslagen checken'],
  'Gijs is oud-boekhouder. Elk voorjaar helpt hij een paar buren met de aangifte.', 'ma-a wo-a', 'nl', 3, tags='admin belasting')
V(49, 'Oksana Shevchenko', 'Centrum', None, ['computer', 'mensen helpen met taal en digitaal'], ['laptop', 'e-mail', 'tolken Oekraïens'],
  'Oksana kwam in 2022 uit Kyiv en werkt als ICT-medewerker. Ze helpt landgenoten en anderen met de computer.', 'di-m do-m', 'uk ru nl en', 2, tags='computer')
V(50, 'Ronald Evers', 'Hees', None, ['fietsen opknappen'], ['oude fietsen weer rijklaar maken', 'fietsverlichting'],
  'Ronald knapt fietsen op voor mensen met een kleine beurs. Hij heeft ochtenden vrij.', 'ma-o di-o', 'nl', 2, tags='fiets')
V(51, 'Monique Pauwels', 'Noord', None, ['digitaal helpen'], ['smartphone', 'tablet', 'online bankieren'],
  'Monique werkt bij een bank en helpt op donderdagavond mensen met hun telefoon en bankapp.', 'do-a', 'nl', 1, tags='telefoon')
V(52, 'Tim Reijnen', 'Weezenhof', None, ['gamen', "pc's bouwen"], ['computers', 'laptop sneller maken'],
  'Tim is 19 en studeert informatica. In het weekend helpt hij graag iemand met de computer.', 'za-m zo-m', 'nl en', 2, tags='computer')
V(53, 'Fenna Dijkstra', 'Brakkenstein', None, ['papierwerk'], ['telefonisch', 'uitleg bij brieven', 'bellen met instanties'],
  'Fenna is slechtziend en helpt alleen telefonisch: mensen lezen haar een brief voor en zij legt uit wat er moet gebeuren.', 'ma-o di-o wo-o', 'nl', 3, tags='admin', remote=True)
V(54, 'Cor Aalbers', 'Hengstdal', None, ['fietsen'], ['fietsreparatie'],
  'Cor is gestopt.', 'wo-o', 'nl', 1, active=False, tags='fiets')
V(55, 'Ali Rezaei', 'Neerbosch-Oost', None, ['apparaten repareren'], ['wasmachine', 'koelkast', 'elektrische apparaten'],
  'Ali was in Iran elektrotechnicus. Hij spreekt Perzisch, Engels en steeds beter Nederlands.', 'ma-m di-m wo-m', 'nl fa en', 2, tags='apparaat')
V(56, 'Jeanette Willemsen', 'Willemskwartier', None, ['administratie voor ouderen'], ['post doornemen', 'rekeningen betalen', 'ordenen'],
  'Jeanette komt eens per twee weken langs om samen de post door te nemen.', 'di-o do-o', 'nl', 2, tags='admin')
V(57, 'Youssef Azzouz', 'Wolfskuil', None, ['telefoons'], ['smartphone instellen', 'whatsap', "foto's"],
  'Youssef helpt \'s avonds mensen uit de buurt met hun telefoon. Hij spreekt Nederlands, Arabisch en Tamazight.', 'ma-a', 'nl ar zgh', 2, tags='telefoon')
V(58, 'Ger Hoeks', 'Oosterhout', None, ['klokken'], ['staande klokken', 'koekoeksklok'],
  'Ger verzamelt klokken en repareert ze ook voor anderen. Hij heeft woensdagochtend tijd.', 'wo-o', 'nl', 1, tags='klok')
V(59, 'Irene Bakker', 'Centrum', None, ['mensen uit de schulden helpen'], ['budgetplan', 'schuldhulpmaatje', 'geldzorgen bespreekbaar maken'],
  'Irene is schuldhulpmaatje en komt aan huis. Ze oordeelt niet en helpt stap voor stap.', 'wo-m vr-m', 'nl en', 2, tags='geld')
V(60, 'Samir Haddad', 'Lindenholt', None, ['computers', 'helpen van nieuwkomers'], ['laptop', 'e-mail', 'formulieren online invullen'],
  'Samir komt uit Aleppo en helpt andere nieuwkomers met de laptop en online formulieren.', 'di-a do-a', 'ar nl en', 2, tags='computer admin')

# ---- batch 3: taal, huiswerk, muziek, handwerk, naaien, koken
V(61, 'Joke Verbeek', 'Hatert', 'Hart van Hatert', ['taalmaatje zijn', 'praten over van alles'], ['Nederlands oefenen', 'geduld', 'uitspraak'],
  'Joke was juf op de basisschool. Ze oefent graag Nederlands met nieuwkomers, gewoon aan de keukentafel.', 'ma-o wo-o', 'nl', 2, tags='taal')
V(62, 'Carla Huisman', 'Oost', None, ['taal', 'andere culturen'], ['online', 'taaloefening via beeldbellen'],
  'Carla helpt alleen online: ze oefent Nederlands via beeldbellen. Ze spreekt ook Engels.', 'ma-a di-a', 'nl en', 3, tags='taal', remote=True)
V(63, 'Eva Schouten', 'Dukenburg', None, ['taalcafé'], ['conversatie Nederlands', 'inburgeringsexamen oefenen'],
  'Eva leidt het taalcafé en heeft daarnaast tijd voor een vaste taalmaatje. Ze spreekt Engels en Frans.', 'di-m do-m', 'nl en fr', 2, tags='taal')
V(64, 'Ahmad Al-Khatib', 'Weezenhof', None, ['wiskunde', 'kinderen helpen met school'], ['huiswerkbegeleiding', 'rekenen', 'uitleg in het Arabisch'],
  'Ahmad was in Syrië wiskundeleraar. Hij helpt kinderen na schooltijd met rekenen en huiswerk.', 'ma-m di-m do-m', 'nl ar en', 3, tags='huiswerk')
V(65, 'Sanne Vink', 'Groenewoud', None, ['bijles geven'], ['wiskunde', 'Engels', 'huiswerk plannen'],
  'Sanne studeert aan de Radboud Universiteit. Ze helpt middelbare scholieren met plannen en met wiskunde.', 'ma-m wo-m', 'nl en', 2, tags='huiswerk')
V(66, 'Robin Brands', 'Lent', None, ['scheikunde', 'uitleggen'], ['online', 'bijles via videobellen', 'scheikunde en natuurkunde'],
  'Robin helpt alleen online, via videobellen, met bijles natuurkunde en scheikunde voor de bovenbouw.', 'di-a do-a', 'nl en', 2, tags='huiswerk', remote=True)
V(67, 'Hatice Aydın', 'Hatert', None, ['kinderen', 'lezen'], ['huiswerkhulp basisschool', 'begrijpend lezen'],
  'Hatice is onderwijsassistent en helpt kinderen uit de buurt met lezen en huiswerk. Ze spreekt Nederlands en Turks.', 'di-m do-m', 'nl tr', 2, tags='huiswerk')
V(68, 'Bas Kremers', 'Oud-West', None, ['piano spelen'], ['pianoles voor beginners', 'noten lezen'],
  'Bas speelt al veertig jaar piano en geeft graag les aan volwassen beginners. Dat kan op zijn eigen piano thuis.', 'wo-m za-o', 'nl en', 2, tags='piano')
V(69, 'Marloes Jonker', 'Hengstdal', None, ['zingen'], ['zangles', 'stemvorming', 'ademhaling'],
  'Marloes is blind en was zangdocente. Ze geeft bij haar thuis zangles; mensen moeten naar haar toe komen.', 'ma-a wo-a', 'nl', 2, tags='zang')
V(70, 'Henk Brouwers', 'Hees', None, ['zingen in het koor', 'samen zingen'], ['koorzang', 'liedjes van vroeger'],
  'Henk zingt in een mannenkoor en organiseert zangmiddagen voor ouderen in de buurt.', 'do-a', 'nl', 1, tags='koor')
V(71, 'Ricardo Martina', 'Waterkwartier', None, ['gitaar', 'muziek maken'], ['gitaarles', 'akkoorden', 'cuatro'],
  'Ricardo komt van Curaçao en speelt gitaar en cuatro. Hij geeft les in het Nederlands, Papiaments, Engels of Spaans.', 'di-a vr-a', 'nl pap en es', 2, tags='gitaar')
V(72, 'Karin Lemmens', 'Dukenburg', None, ['piano'], ['pianoles'],
  'Karin heeft haar deelname voorlopig stopgezet.', 'ma-m', 'nl', 1, active=False, tags='piano')
V(73, 'Truus van Gelder', 'Meijhorst', None, ['breien', 'haken'], ['sokken breien', 'haakles', 'steken opzetten'],
  'Truus breit al haar hele leven. Ze leert het graag aan iemand anders, jong of oud.', 'ma-m do-m', 'nl', 2, tags='handwerk')
V(74, 'Sevda Arslan', 'Neerbosch-Oost', None, ['naaien', 'kleding maken'], ['naaimachine uitleggen', 'broeken innemen', 'ritsen vervangen'],
  'Sevda had een naaiatelier. Ze spreekt Nederlands en Turks.', 'di-o wo-o', 'nl tr', 2, tags='naaien')
V(75, 'Marja Gerritsen', 'Willemskwartier', None, ['verstelwerk'], ['zomen', 'knopen aanzetten', 'gordijnen inkorten'],
  'Marja doet graag verstelwerk voor mensen die niet meer goed kunnen zien of geen naaimachine hebben.', 'ma-o vr-o', 'nl', 2, tags='naaien')
V(76, 'Ilse Maas', 'Centrum', None, ['creatief bezig zijn', 'kaarten maken'], ['knutselen', 'scrapbooking', 'wenskaarten'],
  'Ilse begeleidt een knutselclub en komt ook bij mensen thuis om samen iets creatiefs te doen.', 'wo-m', 'nl en', 1, tags='knutsel')
V(77, 'Nicole Heijmans', 'Lindenholt', None, ['schilderen en tekenen'], ['aquarelleren', 'tekenles', 'samen schilderen op doek'],
  'Nicole is kunstenares en geeft graag tekenles of schildert samen met iemand die dat vroeger deed.', 'di-m do-m', 'nl', 2, tags='kunst')
V(78, 'Samira Tahiri', 'Wolfskuil', 'Buurthuis De Wolfskuil', ['koken', 'Marokkaanse keuken'], ['samen koken', 'gezond koken met weinig geld', 'couscous'],
  'Samira kookt elke week in het buurthuis en komt ook bij mensen thuis koken. Ze spreekt Nederlands, Arabisch en Tamazight.', 'ma-m wo-m', 'nl ar zgh', 2, tags='koken')
V(79, 'Wilma Peters', 'Hatert', None, ['koken voor anderen'], ['maaltijd meekoken', 'soep', 'stamppot'],
  'Wilma kookt altijd te veel en deelt graag. Ze kookt ook samen met mensen die het zelf weer willen leren.', 'di-m do-m', 'nl', 2, tags='koken')
V(80, 'Ayşe Çelik', 'Dukenburg', None, ['bakken', 'koken'], ['Turkse gerechten', 'kookles', 'taarten bakken'],
  'Ayşe kookt en bakt in het weekend graag samen met anderen.', 'za-m zo-m', 'nl tr', 2, tags='koken')
V(81, 'Gert Huybers', 'Oost', None, ['koken', 'eten is gezelligheid'], ['koken voor alleenstaanden', 'eenvoudig leren koken'],
  'Gert was kok in een verzorgingshuis. Hij leert vooral mannen die alleen zijn komen te staan eenvoudig koken.', 'vr-m', 'nl', 1, tags='koken')
V(82, 'Magda Wiśniewska', 'Hees', None, ['naaien', 'patronen tekenen'], ['naailes', 'kleding herstellen', 'kostuums'],
  'Magda is kleermaker en geeft \'s avonds naailes. Ze spreekt Pools, Nederlands en Engels.', 'di-a do-a', 'pl nl en', 2, tags='naaien')
V(83, 'Grietje Otten', 'Groenewoud', None, ['handwerken'], ['borduren', 'breien', 'haken met ouderen'],
  'Grietje komt bij ouderen thuis om samen te handwerken en een kopje thee te drinken.', 'di-m', 'nl', 2, tags='handwerk')
V(84, 'Mohamed Idrissi', 'Hatert', None, ['mensen welkom laten voelen'], ['Nederlands oefenen', 'uitleg over hoe Nederland werkt'],
  'Mohamed kwam als kind naar Nijmegen. Hij oefent Nederlands met nieuwkomers en kan uitleggen in het Arabisch of Tamazight.', 'wo-o vr-o', 'nl ar zgh', 2, tags='taal')
V(85, 'Lotte Vermeer', 'Bottendaal', None, ['viool'], ['vioolles', 'muziek met kinderen'],
  'Lotte studeert aan het conservatorium en geeft vioolles aan kinderen.', 'za-o', 'nl en de', 2, tags='viool')
V(86, 'Jasper Kuijpers', 'Noord', None, ['gitaar spelen'], ['gitaarles beginners'],
  'Jasper heeft zich afgemeld.', 'ma-a', 'nl', 1, active=False, tags='gitaar')
V(87, 'Sara Girmay', 'Weezenhof', None, ['koken', 'Eritrese keuken'], ['injera bakken', 'samen koken'],
  'Sara kookt graag samen met andere vrouwen. Ze spreekt Tigrinya, Nederlands en Engels.', 'vr-m za-m', 'ti nl en', 2, tags='koken')
V(88, 'Agnieszka Zielińska', 'Lindenholt', None, ['kinderen helpen'], ['huiswerkbegeleiding', 'Pools', 'Nederlands'],
  'Agnieszka helpt Poolse en andere kinderen met huiswerk en uitleg van school.', 'ma-m wo-m', 'pl nl en', 2, tags='huiswerk')
V(89, 'Ria Janssen-Coenen', 'Hazenkamp', None, ['taalmaatje'], ['Nederlandse les', 'lezen en schrijven', 'oefenen met formulieren'],
  'Ria helpt ook mensen die in Nederland geboren zijn maar moeite hebben met lezen en schrijven.', 'di-o do-o', 'nl', 2, tags='taal')
V(90, 'Piotr Lewandowski', 'Tolhuis', None, ['muziek', 'accordeon'], ['accordeonles', 'keyboard'],
  'Piotr speelt accordeon op feesten en geeft les op keyboard of accordeon.', 'wo-a', 'pl nl', 1, tags='keyboard')

# ---- batch 4: gezelschap, wandelen, vervoer, boodschappen, dieren, verhuizen, voorlezen, stamboom, kapper, sport, mantelzorg
V(91, 'Tineke de Wit', 'Hatert', 'Hart van Hatert', ['gezelligheid', 'koffie drinken met ouderen'], ['luisteren', 'een praatje maken'],
  'Tineke is weduwe en weet hoe stil het in huis kan zijn. Ze gaat graag wekelijks bij iemand op de koffie.', 'di-m do-m', 'nl', 2, tags='bezoek')
V(92, 'Jos van Beek', 'Dukenburg', None, ['wandelen', 'natuur'], ['wandelmaatje', 'rondje door het Staddijkse bos'],
  'Jos loopt elke ochtend en neemt graag iemand mee die niet meer alleen durft. Rustig tempo is geen probleem.', 'ma-o wo-o vr-o', 'nl', 2, tags='wandel')
V(93, 'Hennie Rutten', 'Neerbosch-Oost', None, ['bellen met mensen'], ['telefonisch', 'belmaatje', 'luisterend oor'],
  'Hennie zit zelf in een rolstoel en komt niet bij mensen thuis. Ze belt graag een paar keer per week met iemand die alleen is.', 'ma-m di-m wo-m do-m vr-m', 'nl', 4, tags='bezoek bel', remote=True)
V(94, 'Gerard Hendrix', 'Lent', None, ['autorijden', 'mensen naar afspraken brengen'], ['vervoer naar het ziekenhuis', 'chauffeur'],
  'Gerard rijdt met zijn eigen auto naar het Radboudumc, het CWZ of de huisarts, en wacht ook.', 'ma-o di-o wo-o do-o', 'nl', 3, tags='vervoer')
V(95, 'Leyla Yıldız', 'Hatert', None, ['ouderen bezoeken'], ['gezelschap', 'thee drinken', 'Turks praten'],
  'Leyla bezoekt oudere Turkse vrouwen die weinig buiten komen.', 'ma-m wo-m', 'tr nl', 2, tags='bezoek')
V(96, 'Mieke Janssens', 'Willemskwartier', None, ['boodschappen doen voor anderen'], ['boodschappen', 'medicijnen ophalen bij de apotheek'],
  'Mieke heeft een bakfiets en doet twee ochtenden per week boodschappen voor mensen die slecht ter been zijn.', 'di-o vr-o', 'nl', 3, tags='boodschap')
V(97, 'Rob Smulders', 'Zuid', None, ['honden'], ['honden uitlaten', 'oppassen op huisdieren'],
  'Rob is gepensioneerd en mist zijn eigen hond. Hij laat graag de hond uit van iemand die dat niet meer kan.', 'ma-o wo-o vr-o', 'nl', 2, tags='huisdier')
V(98, 'Chantal Bos', 'Oud-West', None, ['katten', 'dieren'], ['kattenbak verschonen', 'voeren tijdens ziekenhuisopname', 'mee naar de dierenarts'],
  'Chantal werkt bij de dierenambulance en zorgt in het weekend voor dieren van mensen die het even niet kunnen.', 'za-o zo-o', 'nl en', 2, tags='huisdier')
V(99, 'Frans Geurts', 'Lindenholt', None, ['verhuizen', 'sjouwen'], ['dozen inpakken', 'verhuisbus rijden', 'meubels demonteren'],
  'Frans heeft een groot rijbewijs en helpt op zaterdag bij verhuizingen.', 'za-o za-m', 'nl', 1, tags='verhuis')
V(100, 'Harrie Linssen', 'Oost', None, ['voorlezen', 'boeken'], ['voorlezen aan ouderen', 'de krant voorlezen', 'gedichten'],
  'Harrie was radiopresentator en heeft een mooie voorleesstem. Hij leest graag voor aan mensen die slecht zien.', 'di-m do-m', 'nl', 2, tags='voorlees')
V(101, 'Anja Kersten', 'Brakkenstein', None, ['voorlezen voor kinderen'], ['prentenboeken', 'VoorleesExpress'],
  'Anja leest voor aan jonge kinderen in gezinnen waar weinig voorgelezen wordt.', 'wo-m', 'nl', 1, tags='voorleeskind')
V(102, 'Hans Cornelissen', 'Midden', None, ['stamboomonderzoek'], ['archieven doorzoeken', 'stamboom', 'familiegeschiedenis'],
  'Hans zoekt al twintig jaar in archieven. Hij helpt graag iemand die wil weten waar de familie vandaan komt.', 'ma-m do-m', 'nl de', 2, tags='genealogie')
V(103, 'Lies Kuypers', 'Groenewoud', None, ['genealogie'], ['online', 'stamboom via internet', 'WieWasWie'],
  'Lies helpt alleen online of telefonisch bij het uitzoeken van een stamboom.', 'ma-a wo-a', 'nl en', 2, tags='genealogie', remote=True)
V(104, 'Gonny Ebben', 'Hees', None, ['haren knippen', 'mensen mooi maken'], ['kappen aan huis', 'haren wassen', 'watergolven'],
  'Gonny was kapster en knipt nu bij ouderen thuis die niet meer naar de kapper kunnen.', 'di-o do-o', 'nl', 3, tags='kapper')
V(105, 'Ilham Bouzid', 'Dukenburg', None, ['kapsalon'], ['haar knippen', 'vlechten', 'verzorging van krullend haar'],
  'Ilham is kapster en knipt af en toe vrijwillig aan huis.', 'ma-m za-o', 'nl ar fr', 2, tags='kapper')
V(106, 'Riet Hoogland', 'Neerbosch-Oost', None, ['bewegen', 'gym voor ouderen'], ['stoelgym', 'oefeningen thuis'],
  'Riet was fysiotherapeut. Ze doet oefeningen met ouderen thuis zodat ze sterker op de been blijven.', 'ma-o wo-o', 'nl', 2, tags='oefenen')
V(107, 'Dirk Aerts', 'Tolhuis', None, ['fitness', 'sporten'], ['sportmaatje', 'samen naar de sportschool', 'hardlopen'],
  'Dirk is personal trainer en wil iemand helpen die alleen de stap naar sporten niet durft te zetten.', 'ma-a wo-a za-o', 'nl en', 2, tags='sport')
V(108, 'Jolanda Verbruggen', 'Weezenhof', None, ['mantelzorgers ontlasten'], ['oppassen bij iemand met dementie', 'respijtzorg'],
  'Jolanda was verzorgende. Ze komt een middag bij iemand met dementie zodat de partner even weg kan.', 'di-m do-m', 'nl', 2, tags='mantelzorg')
V(109, 'Thea Pouwels', 'Hazenkamp', None, ['bezoekjes', 'spelletjes'], ['rummikub', 'sjoelen', 'kaarten'],
  'Thea gaat graag bij iemand langs voor een spelletje en een praatje.', 'wo-m vr-m', 'nl', 2, tags='bezoek spel')
V(110, 'Hendrik Wolters', 'Noord', None, ['schaken'], ['schaakles', 'schaken met ouderen'],
  'Hendrik is clubschaker en speelt graag een partij met iemand die geen tegenstander meer heeft.', 'di-a', 'nl en', 1, tags='schaak')
V(111, 'Mariska Derksen', 'Centrum', None, ['erop uit met ouderen'], ['rolstoel duwen', 'uitstapjes', 'terrasje pakken'],
  'Mariska neemt in het weekend iemand in een rolstoel mee naar buiten, langs de Waalkade of de markt.', 'za-m zo-m', 'nl', 2, tags='wandel rolstoel')
V(112, 'Hamid Sharifi', 'Meijhorst', None, ['autorijden'], ['vervoer', 'meegaan naar afspraken'],
  'Hamid komt uit Afghanistan en heeft een auto. Hij spreekt Perzisch (Dari), Nederlands en Engels.', 'di-m wo-m do-m', 'fa nl en', 2, tags='vervoer')
V(113, 'Wendy Luijten', 'Waterkwartier', None, ['boodschappen', 'gezelligheid'], ['samen boodschappen doen', 'ophalen bij de supermarkt'],
  'Wendy gaat graag samen met iemand naar de winkel, of haalt de boodschappen als dat niet lukt.', 'ma-m wo-m', 'nl', 2, tags='boodschap')
V(114, 'Ton Hermans', 'Hatert', None, ['wandelen'], ['wandelmaatje'],
  'Ton is met de vrijwilligers gestopt.', 'di-o', 'nl', 1, active=False, tags='wandel')
V(115, 'Lenie Coppens', 'Oosterhout', None, ['bezoekvrijwilliger'], ['gezelschap', 'wandelen met ouderen'],
  'Lenie woont in Oosterhout en bezoekt ouderen in de dorpen aan de Waal.', 'ma-o di-o', 'nl', 2, tags='bezoek wandel')
V(116, 'Wouter Hoebers', 'Lent', None, ['verhuizen'], ['sjouwen', 'inpakken', 'opruimen na een verhuizing'],
  'Wouter is sterk en handig en helpt op vrijdagmiddag of zaterdag bij een verhuizing.', 'vr-m za-o', 'nl en', 1, tags='verhuis')
V(117, 'Sharon Bhagwandin', 'Dukenburg', None, ['ouderen bezoeken', 'Surinaams koken'], ['gezelschap', 'samen koken'],
  'Sharon is opgegroeid in Paramaribo. Ze bezoekt graag ouderen en kookt dan soms samen.', 'di-m wo-m', 'nl en', 2, tags='bezoek koken')
V(118, 'Jeroen Fleuren', 'Brakkenstein', None, ['honden', 'wandelen'], ['hondenuitlaatservice', 'lange wandelingen'],
  'Jeroen werkt parttime en laat op vaste middagen honden uit in de buurt.', 'di-m do-m za-o', 'nl', 3, tags='huisdier wandel')
V(119, 'Marianne Elbers', 'Bottendaal', None, ['mensen met dementie'], ['dementie', 'samen iets doen zodat de mantelzorger even weg kan'],
  'Marianne zorgde zelf jaren voor haar moeder met dementie en gunt andere mantelzorgers wat lucht.', 'ma-m wo-m vr-m', 'nl de', 2, tags='mantelzorg')
V(120, 'Yonas Habte', 'Hatert', None, ['mensen helpen met verhuizen'], ['sjouwen', 'meubels in elkaar zetten', 'tolken Tigrinya'],
  'Yonas komt uit Eritrea en helpt landgenoten en buren met verhuizen en meubels opbouwen.', 'za-o za-m zo-m', 'ti nl en am', 2, tags='verhuis meubel')

# ---- batch 5: aanvullend
V(121, 'Dilan Koç', 'Weezenhof', None, ['vrouwen helpen met Nederlands'], ['taalmaatje', 'uitleg in het Turks of Koerdisch'],
  'Dilan helpt vooral vrouwen die thuis weinig Nederlands spreken.', 'di-o do-o', 'nl tr ku', 2, tags='taal')
V(122, 'Olena Kovalenko', 'Lindenholt', None, ['gezelschap', 'koken'], ['bezoekjes', 'thee en een praatje'],
  'Olena kwam uit Charkiv en leert nog Nederlands. Ze bezoekt graag ouderen uit Oekraïne of Rusland die alleen zijn.', 'ma-m wo-m vr-m', 'uk ru en', 2, tags='bezoek')
V(123, 'Krzysztof Mazur', 'Dukenburg', None, ['klussen'], ['lampen', 'kranen', 'tegelwerk'],
  'Krzysztof is vakman en helpt in het weekend. Hij spreekt Pools en Engels, nog geen Nederlands.', 'za-o zo-o', 'pl en', 2, tags='elek kraan')
V(124, 'Abdelkader Ziani', 'Wolfskuil', None, ['begeleiden naar afspraken'], ['vervoer', 'tolken Arabisch en Berbers'],
  'Abdelkader rijdt mensen naar het ziekenhuis en gaat mee naar binnen als er vertaald moet worden.', 'ma-o di-o wo-o', 'nl ar zgh', 2, tags='vervoer')
V(125, 'Loes Arntz', 'Oost', None, ['voorlezen'], ['voorlezen aan ouderen'],
  'Loes is gestopt.', 'do-m', 'nl', 1, active=False, tags='voorlees')
V(126, 'Mustafa Şahin', 'Hatert', None, ['fietsen'], ['fietsen repareren', 'banden en spaken'],
  'Mustafa sleutelt aan fietsen in de schuur van het buurthuis. Hij spreekt Nederlands en Turks.', 'ma-m di-m', 'nl tr', 2, tags='fiets')
V(127, 'Nel Willems-Hak', 'Hatert', None, ['aanloop', 'mensen opzoeken die alleen zijn'], ['gesprekje', 'samen naar de markt'],
  'Nel gaat op vrijdagochtend met iemand naar de markt of op de koffie.', 'vr-o', 'nl', 1, tags='bezoek')
V(128, 'Rashida Kanhai', 'Zuid', None, ['vrouwen sterk maken in geldzaken'], ['budgetteren', 'huishoudboekje', 'sparen'],
  'Rashida is van Surinaams-Hindoestaanse afkomst en coacht vrouwen die grip willen op hun geld.', 'di-a do-a', 'nl en hi', 2, tags='geld')
V(129, 'Milan de Vries', 'Noord', None, ['computers'], ['laptop'],
  'Milan is verhuisd naar Utrecht.', 'za-o', 'nl', 1, active=False, tags='computer')
V(130, 'Elif Güneş', 'Meijhorst', None, ['digitaal helpen'], ['telefoon uitleggen', 'WhatsApp', 'Turkse ouderen digitaal maken'],
  'Elif helpt ouderen met hun smartphone, in het Nederlands of Turks.', 'wo-o vr-o', 'nl tr', 2, tags='telefoon')
V(131, 'Yohannes Kidane', 'Weezenhof', None, ['voetbal', 'kinderen'], ['huiswerk', 'voetbaltraining'],
  'Yohannes studeert en helpt kinderen met huiswerk. Hij spreekt Tigrinya, Nederlands en Engels.', 'wo-m za-o', 'ti nl en', 2, tags='huiswerk')
V(132, 'Gerdien Hulshof', 'Centrum', None, ['tuinieren'], ['tuinonderhoud'],
  'Gerdien is gestopt.', 'di-o', 'nl', 1, active=False, tags='tuinonderhoud')
V(133, 'Ben Ramaekers', 'Hengstdal', None, ['klussen op hoogte'], ['dakgoten leeghalen', 'regenpijp ontstoppen'],
  'Ben heeft een eigen ladder en is niet bang voor hoogte.', 'ma-o wo-o', 'nl', 2, tags='goot')
V(134, 'Petra Schellekens', 'Midden', None, ['schrijven', 'levensverhalen'], ['levensboek maken', 'interviews', 'brieven schrijven'],
  'Petra schrijft samen met ouderen hun levensverhaal op, met foto\'s erbij.', 'di-m wo-m', 'nl en', 2, tags='levensverhaal')
V(135, 'Erwin Gommers', 'Tolhuis', None, ['autorijden'], ['vervoer'],
  'Erwin is gestopt.', 'ma-o', 'nl', 1, active=False, tags='vervoer')
V(136, 'Noura Al-Hassan', 'Hazenkamp', None, ['vrouwen uit Syrië helpen'], ['Nederlands uitleggen in het Arabisch', 'taalmaatje'],
  'Noura woont tien jaar in Nijmegen en helpt Arabisch sprekende vrouwen met de taal.', 'ma-o wo-o', 'ar nl en', 2, tags='taal')
V(137, 'Ans Wijers', 'Lindenholt', None, ['kappen'], ['knippen bij mensen thuis', 'permanentje'],
  'Ans knipt op woensdagochtend bij een paar vaste klanten thuis.', 'wo-o', 'nl', 2, tags='kapper')
V(138, 'Janneke Lucassen', 'Hatert', None, ['zwemmen', 'watergym'], ['zwemmaatje', 'meegaan naar het zwembad'],
  'Janneke gaat graag samen met iemand naar het zwembad Dukenburg.', 'di-o do-o', 'nl', 1, tags='zwem')

# ---- batch 6: aanvullingen na het ontwerpen van de hulpvragen
V(139, 'Gülsüm Ateş', 'Meijhorst', None, ['op bezoek gaan bij ouderen', 'Turkse thee'], ['gezelschap', 'luisteren', 'samen naar de markt'],
  'Gülsüm is met pensioen en bezoekt graag oudere vrouwen die eenzaam zijn. Ze spreekt Turks en Nederlands.', 'ma-m di-m', 'tr nl', 2, tags='bezoek')
V(140, 'Marieke Peeters', 'Zuid', None, ['fietsles', 'vrouwen op de fiets krijgen'], ['fietsles geven', 'oefenen op het schoolplein', 'verkeersregels uitleggen'],
  'Marieke geeft fietsles aan volwassenen die het nooit geleerd hebben. Ze begint op een rustig plein en gaat pas de weg op als iemand er klaar voor is.', 'di-o wo-o', 'nl en', 2, tags='fietsles')
V(141, 'Sophie van Aalst', 'Nieuw-West', None, ['honden', 'buiten zijn'], ['hondjes uitlaten', 'oppassen op katten', 'huisdieren verzorgen'],
  'Sophie werkt thuis en laat \'s ochtends graag een hond uit. Ze zorgt ook voor katten als de baas in het ziekenhuis ligt.', 'ma-o wo-o vr-o', 'nl en', 3, tags='huisdier')
V(142, 'Thijs Brouwer', 'Centrum', None, ['gitaar', 'singer-songwriter'], ['gitaarles', 'akkoordenschema\'s', 'liedjes begeleiden'],
  'Thijs speelt in bandjes in de binnenstad en geeft \'s avonds gitaarles aan beginners.', 'di-a do-a', 'nl en', 2, tags='gitaar')
V(143, 'Maartje Rijnders', 'Nieuw-West', None, ['klassieke muziek', 'piano'], ['pianoles', 'muziektheorie'],
  'Maartje is pianolerares en geeft vrijwillig les aan ouderen die het weer willen oppakken.', 'do-a za-m', 'nl', 1, tags='piano')
V(144, 'Jacqueline Gerrits', 'Lent', None, ['zingen', 'musical'], ['zangles', 'stemoefeningen'],
  'Jacqueline is zangpedagoge en geeft op maandagavond les bij haar thuis in Lent.', 'ma-a', 'nl en', 1, tags='zang')
V(145, 'Rania Ibrahim', 'Dukenburg', None, ['schilderen op doek', 'kunst'], ['aquarel', 'olieverf', 'tekenen met ouderen'],
  'Rania was in Damascus kunstdocent. Ze schildert graag samen met iemand, ook met mensen die het nooit gedaan hebben.', 'wo-m', 'ar nl en', 2, tags='kunst')
V(146, 'Ella Wienk', 'Zuid', None, ['telefooncirkel', 'praten'], ['telefonisch', 'vaste belafspraak', 'luisteren'],
  'Ella is zelf slecht ter been en helpt alleen telefonisch: ze belt met mensen die alleen zijn. Ze komt niet aan huis.', 'di-o wo-o do-o vr-o', 'nl', 3, tags='bezoek bel', remote=True)

# ---- tweede zin bij korte 'about'-teksten (intake-aanvullingen)
EXTRA = {
 12: 'Hij was jarenlang de vaste elektraklusser van Tolhuis.', 27: 'Zijn profiel blijft bewaard tot de bewaartermijn verloopt.',
 28: 'Hij neemt zijn eigen trap en gereedschap mee.', 42: 'Misschien komt hij later terug.',
 44: 'Hij heeft zelf ook lang moeten zoeken hoe alles hier werkt.', 51: 'Ze legt het liefst uit op de eigen telefoon van de bewoner.',
 53: 'Ze heeft veel geduld en belt zo vaak terug als nodig is.', 54: 'Hij heeft zijn gereedschap aan het buurthuis geschonken.',
 56: 'Ze is heel discreet en praat niet over wat ze ziet.', 60: 'Hij spreekt Arabisch, Nederlands en Engels.',
 66: 'Hij studeert zelf natuurkunde in Nijmegen.', 70: 'Zangles geeft hij niet, hij zingt gewoon graag met anderen.',
 72: 'Ze wil het volgend jaar misschien weer oppakken.', 75: 'Ze heeft zelf een naaimachine en neemt het werk soms mee naar huis.',
 76: 'Ze brengt al het materiaal zelf mee.', 77: 'Ze heeft een eigen atelier aan huis.', 80: 'Ze spreekt Turks en Nederlands.',
 83: 'Ze vindt de gezelligheid net zo belangrijk als het werkje.', 85: 'Ze kan een leenviool regelen.',
 86: 'Hij is naar het buitenland vertrokken.', 88: 'Ze heeft zelf twee kinderen op de basisschool.',
 89: 'Ze werkt met eenvoudige oefenboekjes van de bibliotheek.', 90: 'Hij heeft een keyboard dat hij kan uitlenen.',
 93: 'Ze helpt dus alleen telefonisch.', 94: 'Hij kan ook een rollator of opvouwbare rolstoel meenemen.',
 95: 'Ze spreekt Turks en Nederlands.', 96: 'Ze brengt de bonnetjes en het wisselgeld altijd netjes terug.',
 98: 'Ze heeft zelf drie katten.', 99: 'Hij regelt zo nodig nog een paar sterke vrienden.',
 101: 'Ze gaat het liefst wekelijks naar hetzelfde gezin.', 103: 'Ze komt niet aan huis.',
 104: 'Ze neemt haar eigen schaar en cape mee.', 105: 'Ze spreekt Nederlands, Arabisch en Frans.',
 107: 'Hij past de oefeningen aan als iemand een medische beperking heeft.', 109: 'Ze neemt zelf de spelletjes mee.',
 110: 'Hij speelt ook graag dammen.', 111: 'Ze heeft zelf geen auto, dus ze gaat in de buurt op pad.',
 113: 'Ze kent alle winkels in de wijk.', 114: 'Hij heeft zijn knie laten opereren.',
 115: 'Ze komt bij mensen thuis en gaat ook mee een rondje lopen.', 116: 'Hij heeft een bestelbus van zijn werk.',
 118: 'Hij loopt altijd een flinke ronde door het Goffertpark.', 119: 'Ze kan ook een middagje mee naar buiten.',
 120: 'Hij heeft zijn eigen gereedschapskist.', 121: 'Ze oefent het liefst aan de keukentafel met een kopje thee.',
 124: 'Hij wacht in het ziekenhuis en brengt mensen weer thuis.', 125: 'Ze is vorig jaar verhuisd naar een verpleeghuis.',
 127: 'Ze woont al vijftig jaar in Hatert en kent iedereen.', 128: 'Ze helpt aan huis of in het buurthuis.',
 129: 'Zijn profiel staat nog op inactief.', 130: 'Ze komt bij mensen thuis langs.', 132: 'Ze kon het werk fysiek niet meer aan.',
 133: 'Hij werkt doordeweeks op de ochtenden.', 134: 'Ze komt een paar keer langs en maakt er een boekje van.',
 135: 'Hij heeft zijn auto verkocht.', 136: 'Ze spreekt Arabisch, Nederlands en Engels.',
 137: 'Ze werkte veertig jaar in een kapsalon in Dukenburg.', 138: 'Ze zwemt zelf drie keer per week.',
 142: 'Hij kan een oefengitaar meenemen.', 143: 'Les is bij haar thuis op de vleugel.',
 144: 'Ze heeft ook koorervaring, maar geeft vooral individuele les.',
}
for v in VOLS:
    n = int(v['key'][3:])
    if EXTRA.get(n):
        v['about'] = v['about'].rstrip() + ' ' + EXTRA[n]
