/**
 * Word lists for the rule-based name extractor: titles and roles, organisation and place words, nationality
 * adjectives, and a small gazetteer of countries, regions and large cities. Lower-cased.
 */

const words = (s: string) => new Set(s.trim().split(/\s+/));

/** Words that head a title or role ("Foreign Minister", "Secretary General", "spokeswoman"). */
export const ROLE_HEADS = words(`
  minister president premier secretary chairman chairwoman chairperson chair spokesman spokeswoman spokesperson
  senator sen. sen rep. rep gov. gov cllr cllr. representative congressman congresswoman mayor chancellor king queen prince princess emperor
  judge justice taoiseach tánaiste director chief ambassador envoy commissioner speaker leader head professor prof. prof dr dr. mr mr. mrs
  mrs. ms ms. sir dame lord lady pope bishop archbishop cardinal monsignor msgr. msgr imam rabbi reverend rev. rev revd revd. induna inkosi father captain capt.
  colonel col. col lieutenant lt. lt sergeant sgt. sgt officer detective inspector superintendent commander admiral general
  gen. major coach manager founder ceo cfo attorney counsel prosecutor sheriff councillor councilman councilwoman governor
  asp dsp acp dcp ssp igp
  emir sheikh ayatollah marshal spokesperson chairman economist analyst researcher scientist astronaut author
  advisor adviser voter resident witness student teacher nurse doctor mp mha mla mpp mna msp mhk member broadcaster
  writer singer actor actress player striker goalkeeper captain pilot host presenter anchor correspondent
  reporter editor lawyer attorney-general deputy vice-president cofounder co-founder owner administrator
  commissioner-general secretary-general ombudsman fm pm emeritus mme mme. mlle mlle. madame mademoiselle monsieur maître maitre herr frau señor señora
  recorder treasurer auditor assessor comptroller coroner registrar pastor assemblyman assemblywoman
  assemblymember committeeman committeewoman alderman alderwoman tsar czar tsarina czarina tsaritsa tsarevich tsarevna
  empress duchess kaiser fellow critic constable
  collector eng eng. ratu datuk dato dato' datin cde comrade dra. ing. lic. sra. mzee adv. bi. director-general inspector-general auditor-general surgeon-general governor-general
  procurator-general solicitor-general comptroller-general superintendent-general advocate-general postmaster-general
  lyonpo dasho alhaji alhaja hajia hajiya commandant ña ño moș haji hajji hadj hadja elhadj el-hadj oba togbe dah pehin bapak shri shree smt smt. ustaz ustadh mwalimu sheikha
  daw saya sayagyi sayadaw thakin
  madam berhormat hon
  mufti conseiller conseillère jurat seneschal
  capt gen maj maj. supt supt. insp insp. det. cpl cpl. pte pte. brig brig. cmdr cmdr. cdr cdr. adm adm.
  mag. ir. dott. avv. dipl. ör djéli djeli
  cr cr. aunty auntie kak mamosta sepoy havildar subedar jemadar rifleman
  haj ostad ustad
  trooper baroness countess mullah hojatoleslam geshe venerable bhante ajahn phra swami engr atty puan encik cik kuya
  manang manong senhor senhora signor signora commodore brigadier apostle archdeacon abbot friar qadi bwana granny
  grandpa kaumātua kuia
`);

/** Words that can stand in a title before the head ("Deputy", "Foreign", "Acting"). */
export const ROLE_MODIFIERS = words(`
  deputy vice acting interim former first second senior junior assistant associate special chief executive
  foreign defence defense interior home health finance justice emergencies emergency economy economic trade
  education energy environment transport agriculture culture labour labor state regional federal national prime
  general attorney supreme high grand crown opposition majority minority house senate party team club county city
  district state's us u.s. un eu nato naib lance
`);

/**
 * Words for a kind of body in other languages, which open its name ("Fundación Mar Interior", "Universidad Carlos III",
 * "Banco Itaú"): what follows is still the body's name, even a given name.
 */
const FOREIGN_KIND_WORDS_TEXT = `
  boldklub fodboldklub fotballklubb fotbollsklubb bóltfelag ítróttarfelag idrætsforening idrottsförening kringvarp
  universidad universidade université universität universiteit università universitat uniwersytet instituto istituto
  ministerio ministère ministero ministerium banco banca banque comisión comissão commissione consejo conselho consiglio
  conseil partido partito fundación fundação fondazione asociación associação associazione sindicato sindacato
  syndicat policía polícia polizia ejército compañía companhia compagnia compagnie empresa sociedad sociedade società
  société stiftung verband verein gesellschaft alcaldía gobernación secretaría fiscalía procuraduría contraloría
  defensoría registraduría superintendencia agência agencia construtora constructora transportes dirección direção
  direzione grupo gruppo groupe gazeta gazzetta diario diário jornal zeitung corriere folha dagblad krant shimbun nippo przegląd kurier dziennik
  câmara cámara chambre cooperativa coopérative cooperativo ministério
  fiscalia direccion secretaria fondation corte juzgado federación federacion fédération federazione xunta generalitat
  junta ayuntamiento concello mairie préfecture prefeitura procura procuradoria tribunale giornale assembleia asamblea
  assemblée parti guardia armée entreprise comune academia académie accademia conservatorio conservatoire orchestre
  orquesta fundacja ministerstwo ministerstvo ministerul asociația fundația tribunalul curtea universitatea partidul
  primăria consiliul kementerian badan yayasan universitas partai lembaga majelis komisi pengadilan perusahaan otoritas kepolisian mahkamah wizara
  mahakama stichting vereniging gemeente ministerie rechtbank partij omroep stowarzyszenie związek sąd partia urząd
  nadace sdružení soud univerzita úřad spolek svaz správa
  consell municipio municipalidad concelho gmina
  ligue liga lega confederação confederación confédération
  caixa crédit crédito credito autonome
  universiti akademi institut
`;
export const FOREIGN_KIND_WORDS = words(FOREIGN_KIND_WORDS_TEXT);

/** Words that make a name an organisation. */
export const ORG_WORDS = words(`
  ministry ministries municipality kommune kommunia kommun department committee commission council service services agency authority authorities bureau
  office organization organisation association union federation party parliament congress senate assembly
  nations archive archives presse agence commons lords house exchange institut cross crescent air sport
  verge atlantic anonymous regione consorzio consorcio
  ltda e.v. attorneys-at-law advocaten avocats rechtsanwälte llp unit squad taskforce
  government administration court tribunal police army navy military forces force guard corps university
  college school institute institution academy foundation fund trust bank company corporation corp. corp inc
  inc. ltd ltd. llc plc group holdings airlines airline airways railway railways news times post journal
  tribune herald gazette telegraph guardian press network networks broadcasting television radio tv channel
  club fc ac sc fk nk sk band team league society church hospital centre center centres centers tribe laboratory lab council board cabinet secretariat
  alliance coalition movement front brigade commission observatory museum library institute industries motors
  systems technologies media studio studios records limited gmbh llc orchestra choir ensemble kft kft. zrt zrt. charity faculty
  partners associates enterprises ventures command guards directorate caucus embassy consulate regiment battalion
  magazine magazines weekly observer monitor inquirer enquirer examiner courier dispatch sentinel
  squadron cooperative co-operative consortium confederation syndicate chamber laboratories pharmaceuticals survey
  therapeutics aerospace publishing productions pictures entertainment communications telecom insurance bulletin
  chronicle mail pac pacs partnership watch klan ag brotherhood patrol constabulary gendarmerie philharmonic
  b.v. n.v. s.a. s.p.a. spa s.r.l. srl sarl pty bhd tbk oyj
  advogados abogados
  landtag bundestag guild capital financial semiconductor semiconductors electronics cartel terminals logistics shipping
  campaign nation community archdiocese diocese clube maison sa combine kombinat assurance realty registry legislature
  initiative mission inspectorate khural division fm daily troupe rtv images
  a.s. s.r.o. d.o.o. d.d. hf. ehf. sh.p.k. sh.a.
  ead eood ood
  bundesamt gericht partei kammer hochschule werke forbund förbund forening förening kommune kommun departementet
  direktoratet universitet tingsrett domstol stiftelse selskab bakanlığı derneği vakfı üniversitesi belediyesi partisi
  mahkemesi akademie akademia konservatorium conservatory filharmonie
  kg bv nv oy jsc nyrt nyrt. sro doo shpk k.s.c.p. w.l.l. wll saog lda eirl a.d. sp.j. s.a.s. s.a.r.l. pvt
  ${FOREIGN_KIND_WORDS_TEXT}
`);

/**
 * Nouns that say what a person is or does, beyond the titles in ROLE_HEADS: occupations, relations, parts people play
 * in the news ("motorcyclist Harry Dunn", "Susan Bro, Heather Heyer's mother,"). Words in -ist and -man are added by
 * rule (see roles.ts).
 */
export const PERSON_NOUNS = words(`
  grower rancher herder vendor docker labourer laborer villager winger bowler skipper deckhand baker butcher caretaker
  driller seamstress waitress hostess drummer bassist guitarist pianist violinist cellist singer songwriter singer-songwriter rapper composer conductor
  musician dancer choreographer comedian magician artist painter sculptor photographer filmmaker film-maker
  producer screenwriter novelist poet playwright author writer columnist blogger vlogger youtuber streamer
  influencer personality celebrity star icon legend model designer architect engineer programmer developer
  entrepreneur businessman businesswoman tycoon billionaire millionaire magnate investor banker broker trader
  economist accountant consultant executive manager boss employee worker staffer aide assistant intern volunteer
  farmer fisherman miner builder carpenter electrician plumber mechanic technician driver pilot sailor captain
  chef cook waiter bartender shopkeeper owner co-owner landlord tenant heir heiress founder co-founder cofounder
  creator inventor publisher broadcaster presenter commentator narrator interpreter translator anchor journalist
  reporter correspondent editor photojournalist campaigner lobbyist activist organizer organiser protester
  demonstrator negotiator mediator investigator inspector detective officer policeman policewoman constable
  firefighter paramedic soldier veteran marine general admiral colonel lieutenant sergeant corporal commander
  spy agent diplomat envoy ambassador consul official bureaucrat clerk secretary politician lawmaker legislator
  representative congressman congresswoman senator delegate candidate nominee incumbent challenger contender
  frontrunner front-runner mayor governor premier minister president vice-president chancellor ruler dictator
  monarch king queen prince princess emperor empress heir sheikh emir sultan judge justice magistrate juror
  attorney lawyer barrister solicitor counsel prosecutor defendant plaintiff claimant complainant accuser
  convict inmate prisoner detainee hostage suspect attacker assailant gunman shooter bomber killer
  murderer hijacker kidnapper smuggler trafficker militant rebel insurgent fighter jihadist extremist terrorist
  separatist nationalist supremacist neo-nazi whistleblower witness survivor victim casualty refugee migrant
  immigrant emigrant expatriate asylum-seeker passenger motorist pedestrian cyclist tourist visitor traveller
  traveler resident citizen national native neighbour neighbor local spouse wife husband widow widower fiancé
  fiancée fiance fiancee partner girlfriend boyfriend mother father parent son daughter child brother sister
  sibling twin grandmother grandfather grandson granddaughter grandchild uncle aunt nephew niece cousin
  stepfather stepmother stepson stepdaughter relative friend colleague co-worker teammate ally rival opponent
  critic fan supporter follower student pupil graduate alumnus alumna professor lecturer teacher tutor scholar
  researcher scientist expert specialist analyst academic doctor surgeon physician nurse midwife pharmacist
  psychologist psychiatrist therapist dentist veterinarian vet priest pastor preacher minister cleric imam
  rabbi monk nun bishop archbishop cardinal pope missionary athlete player footballer cricketer golfer boxer
  wrestler swimmer runner sprinter skier climber cyclist jockey goalkeeper striker defender midfielder coach
  trainer referee umpire champion medallist medalist winner finalist contestant runner-up captain chair
  chairman chairwoman chairperson director head chief leader spokesman spokeswoman spokesperson mp laureate
  teenager adolescent man woman boy girl mother-of-two father-of-two grandmother-of-two pensioner retiree
  historian politician physician musician comedian librarian custodian guardian technician electrician
  mathematician statistician academician magician dietician dietitian pediatrician paediatrician optician
  administrator commissioner superintendent ombudsman deputy chief-executive director-general secretary-general
  successor predecessor owner operator organiser host hostess ruler regent vicar rector dean provost chaplain
  astronaut cosmonaut explorer adventurer mountaineer biologist physicist chemist geologist astronomer
  archaeologist anthropologist sociologist zoologist ecologist epidemiologist virologist coordinator co-ordinator
  convenor convener treasurer
  forward fly-half scrum-half flanker full-back fullback centre-back center-back playmaker defenceman defenseman
  quarterback pitcher wicketkeeper hooker lock prop
`);

/** Kinds of organisation an appositive or a role names ("Mahan Air, an Iranian airline,"; "news agency Interfax"). */
export const ORG_KIND_NOUNS = words(`
  firm company companies corporation group newspaper paper agency band startup start-up website site outlet daily
  magazine publisher broadcaster channel platform app charity lab laboratory bank manufacturer maker retailer carrier
  airline team club union brand chain studio label developer insurer contractor organization party movement
  coalition alliance institute university college school hospital ministry regiment battalion militia department journal board forum service
  provider operator conglomerate subsidiary enterprise business giant watchdog regulator non-profit nonprofit ngo
  think-tank tank meatpacker lender exporter importer refiner automaker carmaker shipbuilder shipyard brewery distillery
  consortium cooperative co-operative utility outfit syndicate
`);

/** Kinds of place an appositive or a role names ("Niamey, Niger's capital,"; "the town of Pandeglang"). */
export const PLACE_KIND_NOUNS = words(`
  city town village suburb region province district neighborhood island country state county area municipality
  capital port settlement commune borough valley territory lake river mountain glacier volcano peninsula reservoir
  canal strait sea bay gulf lagoon fjord park forest desert plateau hill range beach resort quarter parish
`);

/** Words that make a name a place. */
/** Streets' words in other languages, written in lower case after the name ("Pärnu maantee"); names.ts reads them there. */
export const LOWER_CASE_STREET_WORDS_TEXT = 'maantee tänav iela prospektas prospekt gatvė gatve gatan vägen gade vej veien gata utca ulice ulica straße strasse allee plads';
export const PLACE_WORDS = words(`
  street st. avenue ave road rd boulevard lane square river lake sea ocean bay gulf strait island islands
  mountain mountains mount mt. valley desert peninsula province region county oblast krai district state city
  town village airport station bridge park coast beach harbour harbor port canal highway motorway mall hall
  plaza center centre falls forest rainforest republic kingdom emirates point heights mosque temple cathedral palace castle hotel stadium arena
  synagogue capitol tower strip prefecture governorate canton barangay delta basin plateau volcano lagoon
  marché mercado mosquée mezquita
  ${LOWER_CASE_STREET_WORDS_TEXT}
  caddesi cadde sokak sokağı bulvarı meydanı
  pagoda monastery stupa shrine abbey convent market casa
  cay cays atoll islet reef archipelago wharf quay fjord glacier peak gate estate casino penitentiary
  terrace crescent promenade esplanade embankment bazaar bazar souk
`);

/** Nationality and other adjectives that precede titles but are not names themselves. */
export const DEMONYMS = words(`
  soviet frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman scotswoman welshman welshwoman dutchman
  dutchwoman
  american russian swiss polish british french german chinese iranian israeli turkish ukrainian italian spanish
  portuguese dutch belgian austrian swedish norwegian danish finnish irish scottish welsh english canadian
  mexican brazilian argentine argentinian chilean colombian venezuelan peruvian cuban japanese korean
  north-korean south-korean indian pakistani afghan iraqi syrian lebanese jordanian saudi egyptian libyan
  tunisian algerian moroccan nigerian kenyan ethiopian somali sudanese south african australian zealander
  indonesian malaysian filipino thai vietnamese burmese hungarian czech slovak romanian bulgarian serbian
  croatian bosnian greek cypriot albanian georgian armenian azerbaijani kazakh uzbek belarusian lithuanian
  latvian estonian european asian african arab palestinian kurdish tamil sinhalese hong kong taiwanese singaporean new
  democratic democrat republican conservative liberal socialist communist muslim catholic christian jewish hindu
  buddhist sikh protestant islamic orthodox evangelical anglican
  vermonter texan californian floridian iowan ohioan virginian arizonan kentuckian tennessean minnesotan
  michigander marylander nevadan coloradan alaskan
  congolese togolese ivorian faroese montenegrin burkinabe burkinabè malagasy motswana batswana basotho mosotho
  liechtensteiner monegasque andorran sammarinese emirati bahraini kuwaiti omani qatari yemeni seychellois mauritian
  comorian djiboutian eritrean gambian ghanaian guinean liberian malian nigerien rwandan burundian tanzanian ugandan
  zambian zimbabwean namibian angolan mozambican malawian swazi cameroonian gabonese chadian beninese tajik kyrgyz
  turkmen azeri moldovan kosovar kosovan macedonian slovenian maltese icelandic greenlandic bhutanese nepali nepalese
  maldivian bangladeshi laotian cambodian timorese fijian samoan tongan ni-vanuatu i-kiribati tuvaluan nauruan palauan
  marshallese micronesian bruneian belizean guatemalan honduran salvadoran nicaraguan panamanian haitian jamaican
  bahamian barbadian trinidadian guyanese surinamese ecuadorian paraguayan uruguayan bolivian mauritanian senegalese
`);

/** A party or a political camp: said of people ("a South Carolina Republican"), never the end of a person's name. */
export const POLITICAL_AFFILIATIONS = words(`
  democrat democrats democratic republican republicans conservative conservatives liberal liberals socialist
  socialists communist communists tory tories
`);

/** Capitalised words that are never names on their own. */
export const NON_NAMES = words(`
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december i i'm i've i'll i'd the a an and but or nor so yet for if when while
  although though because since after before during as at by in on of to from with without within into onto
  about above below over under between among through across around this that these those he she it they we
  you his her its their our your my me him them us who whom whose which what where why how there here then
  now today yesterday tomorrow also however meanwhile moreover furthermore nevertheless still yes no not
  one two three four five six seven eight nine ten some many most several all both each every other another
  any such according speaking turning asked following despite amid until unless whether just even only
  mr mrs ms dr additional
  is are was were do does did can could should would has have had like unlike
`);

/** Plural words for people or things counted, which open a sentence before "of" and a name: "Supporters of Donald Trump". */
export const GROUP_PLURALS = words(`
  thousands hundreds millions dozens scores tens members supporters residents shares officials critics opponents
  protesters voters workers employees missionaries volunteers staff students researchers scientists soldiers troops
  fans players leaders delegates representatives veterans survivors relatives families
`);

/** A capitalised sequence with one of these is a law, event, award or work, not a name we track. */
export const NOT_ENTITY_WORDS = words(`
  treaty act bill law agreement accord accords convention protocol resolution amendment constitution war wars
  battle summit olympics olympic games cup championship championships tournament award awards prize medal
  festival conference declaration plan program programme project operation mission day week year month season
  election elections referendum storm hurricane typhoon cyclone earthquake flight album film movie song book
  series show report index directive regulation telescope vaccine drug niño niña
`);

/**
 * Well-known companies, clubs and parties named by one word with no cue, as sources mention them in passing ("Wings Air
 * and Embraer", "shares of Nvidia"). Not those named after a family ("Ferrari", "Honda", "Siemens"), which are
 * people's surnames too, nor common words ("Orange").
 */
const WELL_KNOWN_ORGS_TEXT = `
  intel nvidia qualcomm oracle cisco adobe salesforce nokia ericsson sony panasonic toshiba hitachi fujitsu nintendo
  lenovo xiaomi alibaba tencent baidu bytedance infosys wipro accenture deloitte kpmg pwc openai asml tsmc foxconn
  airbnb skype jpmorgan citigroup citibank hsbc barclays santander nordea swedbank unicredit mediobanca allianz
  axa aviva blackrock nasdaq euronext hyundai nissan mazda subaru mitsubishi stellantis geely byd embraer bombardier
  lockheed raytheon totalenergies equinor petrobras pemex aramco rosneft lukoil glencore sinopec petronas primark zara
  carrefour tesco aldi lidl unilever danone diageo pepsico starbucks pfizer moderna astrazeneca novartis sanofi
  glaxosmithkline biontech vodafone telefónica verizon safaricom airtel politico axios buzzfeed nikkei lufthansa
  ryanair easyjet qantas aeroflot finnair etihad juventus benfica feyenoord galatasaray fenerbahçe beşiktaş olympiacos
  panathinaikos palmeiras flamengo fidesz likud syriza podemos ennahda ciudadanos jobbik
`;

/** Well-known organisations that carry no organisation word in their names. */
export const KNOWN_ORGS = words(`
  twitter facebook instagram youtube google apple microsoft boeing airbus walmart reuters bbc cnn nasa spacex
  tesla greenpeace taliban kremlin pentagon nato mercosur interpol europol hamas hezbollah isis al-qaeda wikileaks
  wikipedia wikinews netflix uber ford toyota volkswagen samsung huawei gazprom tass interfax xinhua ap afp
  whatsapp telegram reddit tiktok linkedin paypal visa mastercard ikea nike adidas shell bp exxonmobil chevron
  democrats republicans tories conservatives liberals labour greens hulu playboy euronews bild spotify
  belga anp efe ansa kyodo yonhap bernama antara anadolu lusa agerpres hina tanjug ritzau ntb ians wafa kuna irna
  isna tasnim bloomberg
  bundestag bundesrat knesset duma riksdag storting stortinget folketing folketinget sejm oireachtas seanad majlis
  althing riigikogu saeima seimas sabor landtag tynwald
  ${WELL_KNOWN_ORGS_TEXT}
`);

/**
 * Organisations whose names read as something else, most of them news outlets and journals: a place ("USA Today",
 * "Russia Today", "UC Davis"), a place and a number ("France 24", "Channel 4"), a foreign article ("Le Monde", "Der
 * Spiegel", "El País", "The Hindu"), a people's adjective ("Islamic State"), a number word ("PLOS One"). Writers cite
 * them constantly and no cue in the sentence may say what they are. Case as written; the longest is tried first.
 */
export const KNOWN_ORG_NAMES = [
  'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria', 'Islamic State', 'PLOS One', 'PLoS One',
  'PLOS ONE', 'PLoS ONE', 'UC Davis', 'UC Berkeley', 'UC Irvine', 'UC Santa Cruz', 'UC Santa Barbara', 'UC Riverside',
  'USA Today', 'Russia Today', 'France 24', 'Channel 4 News', 'Channel 4', 'Voice of America', 'Radio Free Europe',
  'Le Monde', 'Le Figaro', 'Le Parisien', 'Der Spiegel', 'Die Zeit', 'Die Welt', 'El País', 'El Mundo', 'La Repubblica',
  'Corriere della Sera', 'La Stampa', 'The Hindu', 'China Daily', 'Japan Today', 'RIA Novosti', 'Novaya Gazeta',
  'Al Jazeera', 'Al Arabiya', 'CNN Philippines', 'CNN International', 'CNN Indonesia', 'CNN Türk', 'BBC World Service',
  'Sky News Arabia', 'Gulf News', 'Arab News', 'Kyiv Independent', 'Moscow Times', 'Jerusalem Post', 'Times of Israel',
  'Hong Kong Free Press', 'Bangkok Post', 'Taipei Times', 'Korea Times', 'Korea Herald', 'Manila Bulletin',
  // Well-known clubs, companies and parties whose names hold a place's or a person's word, or no word for a body.
  'Real Madrid', 'Atlético Madrid', 'Bayern Munich', 'Borussia Dortmund', 'Manchester United', 'Manchester City',
  'Paris Saint-Germain', 'Inter Milan', 'AC Milan', 'Boca Juniors', 'River Plate', 'Rio Tinto', 'Anglo American',
  'Goldman Sachs', 'Morgan Stanley', 'JP Morgan', 'JPMorgan Chase', 'Credit Suisse', 'Société Générale',
  'Crédit Agricole', 'Standard Chartered', 'Saudi Aramco', 'Tata Steel', 'Tata Consultancy Services', 'Intesa Sanpaolo',
  'Rolls-Royce', 'Coca-Cola', 'Deutsche Bahn', 'Deutsche Telekom', 'World Rugby', 'World Athletics', 'World Aquatics',
  'Sinn Féin', 'Fianna Fáil', 'Fine Gael', 'Forza Italia', 'Die Linke', 'Boko Haram', 'Al-Shabaab',
  'Houthi movement', 'Houthis', 'Ansar Allah', 'Chief Pleas', 'States of Deliberation', 'Il Sole 24 Ore', 'Euronext Paris', 'Euronext Milan', 'Euronext Amsterdam',
  'Euronext Brussels', 'Euronext Lisbon', 'Euronext Dublin', 'Euronext Oslo', 'Nasdaq Stockholm', 'Nasdaq Helsinki', 'Nasdaq Copenhagen',
  // News agencies written in lower case, and parliaments whose names hold no word for one.
  'dpa', 'Lok Sabha', 'Rajya Sabha', 'Legislative Yuan', 'Verkhovna Rada', 'Dáil Éireann', 'Dáil',
];

/** Capitalised abbreviations that are not organisations. */
export const NON_ORG_ACRONYMS = words(`
  utc gmt bst est edt pst pdt cet cest gdp id lgbt lgbtq tv ceo cfo phd dna rna hiv aids ufo it ai pm am mp mps
  usd eur gbp km mph evd covid sars ok faq pdf gps vip mri icu q&a r&d b&b m&a iq html http https url urls www cd cds
  dvd dvds usb sms mp3 pc pcs atm cpr ptsd adhd bdsm s&m gmo gmos co2 lcd hd ipo suv suvs
  her him his hers she he they them their we our you your me my not never cfa
  aed qar kwd omr inr pkr ngn kes zar egp jpy cny rmb chf aud nzd sgd myr idr thb vnd krw brl mxn clp uah pln czk huf sek nok dkk
`);

/** Acronyms that name places rather than organisations. */
export const PLACE_ACRONYMS = words('us u.s. usa u.s.a. uk u.k. uae drc prc dprk nyc la dc d.c.');

/**
 * The first-level divisions of some large federal countries, large islands, seas, rivers and mountain ranges that news
 * names alone ("in Karnataka", "across Luzon", "the Nile"). Not those that are also given names ("Alberta",
 * "Victoria") or English words and companies ("Amazon", "Delta", "Rivers", "Plateau").
 */
const REGIONS_TEXT = `
  karnataka kerala maharashtra gujarat rajasthan punjab haryana bihar odisha orissa jharkhand chhattisgarh telangana
  assam manipur meghalaya mizoram nagaland sikkim tripura uttarakhand goa ladakh
  ontario quebec manitoba saskatchewan nunavut yukon newfoundland labrador
  queensland tasmania
  bavaria saxony thuringia brandenburg hesse baden-württemberg baden-wurttemberg north-rhine-westphalia
  rhineland-palatinate saarland schleswig-holstein mecklenburg-vorpommern saxony-anhalt
  sindh balochistan baluchistan gauteng kwazulu-natal limpopo mpumalanga
  lombardy tuscany sicily sardinia piedmont veneto campania calabria apulia puglia liguria umbria
  andalusia galicia brittany normandy provence alsace burgundy corsica flanders wallonia
  hokkaido honshu kyushu shikoku okinawa luzon mindanao visayas java sumatra borneo sulawesi kalimantan
  patagonia sahara sahel balkans caribbean scandinavia anatolia
  pacific nile danube rhine thames mekong ganges yangtze volga zambezi euphrates tigris
  alps andes himalayas himalaya carpathians pyrenees urals kilimanjaro everest caucasus
`;

/** Countries, continents and large regions and cities: enough to type the common places, not a full gazetteer. */
export const PLACES = new Set(
  `timor-leste afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain
  bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burkina
  burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia denmark
  djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia
  germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq
  ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait kyrgyzstan laos latvia lebanon
  lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta
  mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma
  namibia nauru nepal netherlands holland nicaragua niger nigeria norway oman pakistan palau palestine panama
  paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore
  slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo
  tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu vatican venezuela vietnam
  yemen zambia zimbabwe england scotland wales britain europe asia africa america americas antarctica oceania
  arctic siberia crimea donbas kashmir tibet xinjiang gaza catalonia somaliland puntland
  guam greenland bermuda gibraltar aruba curaçao curacao anguilla montserrat tokelau niue martinique guadeloupe
  mayotte réunion reunion bonaire tahiti madeira azores zanzibar guernsey faroes svalbard
  alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana
  iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana
  nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin
  wyoming
  yugoslavia czechoslovakia ussr rhodesia zaire ceylon persia siam prussia
  moscow london paris berlin washington beijing tokyo kyiv kiev warsaw vienna geneva brussels rome madrid lisbon
  istanbul ankara tehran baghdad damascus beirut jerusalem cairo riyadh dubai delhi mumbai karachi kabul islamabad
  bangkok jakarta manila seoul pyongyang sydney melbourne toronto ottawa montreal vancouver chicago boston houston
  dallas miami atlanta seattle denver phoenix philadelphia detroit havana caracas lima bogota santiago
  johannesburg nairobi lagos kinshasa addis ababa athens budapest prague stockholm oslo helsinki copenhagen dublin
  edinburgh amsterdam zurich bern minsk riga vilnius tallinn tbilisi baku yerevan astana tashkent hong kong macau
  taipei singapore hanoi kathmandu dhaka colombo
  ${REGIONS_TEXT}
`
    .trim()
    .split(/\s+/),
);

/**
 * More cities, for a city named alone ("Milan", "Auckland start-up"); none that is also a common given name or surname
 * ("Victoria", "Hamilton", "Orlando", "Milan") or an English word written capitalised ("Nice", "Split"). Kept apart from
 * PLACES where a country differs from a city: "Committee of Indonesia" names the country as context, but "District
 * Court of Rotterdam" keeps its city.
 */
export const CITIES = new Set(
  `
  auckland wellington christchurch brisbane perth canberra hobart naples turin venice genoa bologna palermo
  verona pisa marseille lyon toulouse bordeaux lille strasbourg nantes munich hamburg frankfurt cologne stuttgart
  dresden leipzig düsseldorf dusseldorf hanover bremen nuremberg bonn rotterdam utrecht eindhoven antwerp ghent
  bruges liège liege basel lausanne salzburg innsbruck graz barcelona seville sevilla bilbao malaga málaga
  zaragoza porto coimbra manchester liverpool birmingham leeds glasgow cardiff belfast bristol sheffield newcastle
  nottingham leicester southampton cork galway limerick gothenburg malmö malmo uppsala bergen trondheim stavanger
  tampere turku aarhus odense reykjavik kraków krakow gdańsk gdansk wrocław wroclaw poznań poznan łódź lodz brno
  ostrava bratislava košice ljubljana zagreb belgrade sarajevo skopje podgorica tirana bucharest cluj chișinău
  chisinau odesa odessa kharkiv lviv dnipro donetsk mariupol kherson zaporizhzhia novosibirsk yekaterinburg kazan
  vladivostok murmansk kaliningrad thessaloniki piraeus izmir antalya bursa adana batumi almaty bishkek dushanbe
  ashgabat samarkand bukhara mashhad isfahan shiraz tabriz basra mosul erbil kirkuk aleppo homs latakia amman aqaba
  haifa ramallah nablus hebron jeddah mecca doha sharjah muscat manama sanaa aden khartoum juba asmara mogadishu
  hargeisa kampala kigali bujumbura dodoma arusha mombasa kisumu eldoret lusaka harare bulawayo lilongwe blantyre
  maputo luanda windhoek gaborone pretoria durban soweto maseru mbabane antananarivo accra kumasi tamale abidjan
  dakar bamako niamey ouagadougou conakry freetown monrovia lomé lome cotonou abuja kano ibadan enugu douala yaoundé
  yaounde libreville brazzaville lubumbashi goma bangui ndjamena tripoli benghazi tunis algiers oran casablanca rabat
  marrakech marrakesh fez tangier giza aswan luxor suez lahore peshawar quetta rawalpindi faisalabad multan hyderabad
  bangalore bengaluru chennai kolkata pune ahmedabad jaipur lucknow kanpur surat patna bhopal indore nagpur kochi
  thiruvananthapuram guwahati srinagar amritsar chandigarh varanasi agra pokhara thimphu chittagong chattogram jaffna
  malé yangon mandalay naypyidaw phuket pattaya vientiane saigon haiphong danang penang kuching surabaya bandung
  medan semarang makassar denpasar bali yogyakarta palembang cebu quezon makati iloilo zamboanga tacloban
  shanghai guangzhou shenzhen tianjin chongqing chengdu wuhan nanjing hangzhou xi'an xian shenyang harbin qingdao
  dalian xiamen kunming lhasa urumqi ürümqi kaohsiung taichung tainan busan incheon daegu gwangju daejeon ulsan osaka
  kyoto yokohama nagoya sapporo fukuoka hiroshima nagasaki sendai okinawa naha ulaanbaatar anchorage honolulu
  portland sacramento oakland fresno reno tucson albuquerque boise memphis nashville tampa jacksonville baltimore
  pittsburgh cincinnati indianapolis milwaukee minneapolis omaha tulsa louisville albany hartford newark manhattan
  bronx calgary edmonton winnipeg saskatoon quebec halifax montréal québec guadalajara monterrey tijuana puebla
  cancún cancun juárez juarez acapulco oaxaca mérida merida tegucigalpa managua panamá bogotá medellín medellin cali
  cartagena barranquilla quito guayaquil cuenca cusco cuzco arequipa cochabamba asunción asuncion montevideo córdoba
  cordoba mendoza valparaíso valparaiso brasília brasilia recife fortaleza curitiba manaus belém
  belem kingston port-au-prince nassau bridgetown
`
    .trim()
    .split(/\s+/),
);
for (const city of CITIES) PLACES.add(city);

/** Multi-word places from the lists above, as full names. */
export const PLACE_NAMES = new Set([
  'st petersburg', 'tel aviv', 'abu dhabi', 'cape town', 'port harcourt', 'port said', 'chiang mai', 'phnom penh', 'siem reap', 'ho chi minh city', 'da nang', 'kuala lumpur', 'johor bahru', 'kota kinabalu', 'san francisco', 'san diego', 'san jose', 'las vegas', 'santa fe', 'salt lake city', 'fort worth', 'el paso', 'san antonio', 'new orleans', 'st louis', 'kansas city', 'des moines', 'oklahoma city', 'little rock', 'san salvador', 'san josé', 'la paz', 'santa cruz', 'buenos aires', 'são paulo', 'sao paulo', 'rio de janeiro', 'belo horizonte', 'porto alegre', 'santo domingo', 'san juan', 'port of spain',
  'united states', 'united states of america', 'united kingdom', 'united arab emirates', 'south africa',
  'north korea', 'south korea', 'new zealand', 'saudi arabia', 'sri lanka', 'costa rica', 'el salvador',
  'czech republic', 'dominican republic', 'ivory coast', "côte d'ivoire", "cote d'ivoire", 'côte d’ivoire', 'new york', 'new york city', 'los angeles',
  'san francisco', 'hong kong', 'middle east', 'new jersey', 'new mexico', 'new hampshire', 'north carolina',
  'south carolina', 'north dakota', 'south dakota', 'west virginia', 'rhode island', 'eastern europe',
  'western europe', 'latin america', 'south america', 'north america', 'central america', 'east asia',
  'southeast asia', 'persian gulf', 'black sea', 'baltic sea', 'mediterranean sea', 'tel aviv', 'addis ababa',
  'washington d.c.', 'puerto rico', 'great britain', 'papua new guinea', 'east timor', 'bosnia and herzegovina',
  'white house', 'west bank', 'gaza strip', 'new south wales', 'south wales', 'western australia', 'south australia',
  'burkina faso', 'equatorial guinea', 'sierra leone', 'south sudan', 'north macedonia', 'cape verde', 'san marino',
  // Territories and the countries of more than one word not above.
  'american samoa', 'northern mariana islands', 'us virgin islands', 'u.s. virgin islands', 'british virgin islands',
  'cayman islands', 'falkland islands', 'faroe islands', 'cook islands', 'french polynesia', 'new caledonia',
  'solomon islands', 'marshall islands', 'saint lucia', 'guinea-bissau', 'timor-leste', 'western sahara',
  'vatican city', 'northern ireland', 'isle of man', 'french guiana', 'horn of africa', 'saint martin', 'sint maarten', 'saint barthélemy',
  // (Countries and territories named with "and": the extractor keeps them whole.)
  'trinidad and tobago', 'antigua and barbuda', 'saint kitts and nevis', 'st kitts and nevis', 'são tomé and príncipe',
  'sao tome and principe', 'saint vincent and the grenadines', 'st vincent and the grenadines', 'turks and caicos islands',
  'turks and caicos', 'wallis and futuna', 'saint pierre and miquelon', 'svalbard and jan mayen', 'washington dc',
  // Divisions, seas and mountains of more than one word (REGIONS_TEXT).
  'tamil nadu', 'uttar pradesh', 'madhya pradesh', 'andhra pradesh', 'arunachal pradesh', 'himachal pradesh',
  'west bengal', 'jammu and kashmir', 'british columbia', 'nova scotia', 'new brunswick', 'prince edward island',
  'northwest territories', 'northern territory', 'lower saxony', 'north rhine-westphalia', 'eastern cape',
  'western cape', 'northern cape', 'khyber pakhtunkhwa', 'dar es salaam', 'indian ocean', 'pacific ocean',
  'atlantic ocean', 'arctic ocean', 'south china sea', 'east china sea', 'red sea', 'north sea', 'caspian sea',
  'dead sea', 'rocky mountains', 'great lakes',
  // States that are no more.
  'soviet union', 'east germany', 'west germany', 'ottoman empire', 'south vietnam', 'north vietnam', 'baltic states',
]);

/** Verbs of speech: "X said", "said X", "X told". */
export const SPEECH_VERBS = words(`
  said says say told tells added adds stated states asserted asserts noted notes iterated reiterated insisted
  insists warned warns announced announces commented comments explained explains claimed claims argued argues
  declared declares replied replies responded responds wrote writes tweeted tweets posted confirmed confirms
  denied denies admitted admits acknowledged stressed stresses emphasised emphasized urged urges continued
  concluded recalled described called asked
`);

/**
 * First names that are also common English words, which the corpus statistics would take for common words at the
 * start of a sentence ("Bill Gerstenmaier of NASA spoke").
 */
export const COMMON_WORD_GIVEN_NAMES = words(`
  bill will mark rose grace hope joy faith june april ray dean earl bob pat sue jack frank gene hunter penny
  ruby amber crystal dawn iris ivy daisy holly heather olive pearl sandy rusty buck chase cliff dale drew glen
  grant guy lance miles rich rob sky summer victor wade warren bud carol chip chuck don herb jay jean matt nick
  norm pete rob ted tim tom val art bert clay colt max
`);
