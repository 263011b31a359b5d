// Countries, capitals, major cities, states and regions, lower-case. Used to type a name as a
// place and to keep places apart from people with the same surface.

const lines = (s: string) => s.trim().split(/\s*[,\n]\s*/).filter(Boolean);

/** Sovereign countries and their common short names: the names that can stand for a national team or government. */
export const COUNTRIES = new Set(
  lines(`
  afghanistan, albania, algeria, andorra, angola, antigua, argentina, armenia, australia, austria, azerbaijan, bahamas,
  bahrain, bangladesh, barbados, belarus, belgium, belize, benin, bhutan, bolivia, bosnia, bosnia and herzegovina, botswana,
  brazil, brunei, bulgaria, burkina faso, burundi, cambodia, cameroon, canada, cape verde, central african republic, chad,
  chile, china, colombia, comoros, congo, costa rica, croatia, cuba, cyprus, czech republic, czechia, denmark, djibouti,
  dominica, dominican republic, east timor, timor-leste, ecuador, egypt, el salvador, equatorial guinea, eritrea, estonia,
  eswatini, swaziland, ethiopia, fiji, finland, france, gabon, gambia, georgia, germany, ghana, greece, grenada, guatemala,
  guinea, guinea-bissau, guyana, haiti, honduras, hungary, iceland, india, indonesia, iran, iraq, ireland, israel, italy,
  ivory coast, côte d'ivoire, jamaica, japan, jordan, kazakhstan, kenya, kiribati, kosovo, kuwait, kyrgyzstan, laos, latvia,
  lebanon, lesotho, liberia, libya, liechtenstein, lithuania, luxembourg, madagascar, malawi, malaysia, maldives, mali,
  malta, marshall islands, mauritania, mauritius, mexico, micronesia, moldova, monaco, mongolia, montenegro, morocco,
  mozambique, myanmar, burma, namibia, nauru, nepal, netherlands, holland, new zealand, nicaragua, niger, nigeria,
  north korea, north macedonia, macedonia, norway, oman, pakistan, palau, palestine, panama, papua new guinea, paraguay,
  peru, philippines, poland, portugal, qatar, romania, russia, rwanda, samoa, san marino, saudi arabia, senegal, serbia,
  seychelles, sierra leone, singapore, slovakia, slovenia, solomon islands, somalia, south africa, south korea, korea,
  south sudan, spain, sri lanka, sudan, suriname, sweden, switzerland, syria, taiwan, tajikistan, tanzania, thailand, togo,
  tonga, trinidad, trinidad and tobago, tunisia, turkey, türkiye, turkmenistan, tuvalu, uganda, ukraine,
  united arab emirates, uae, united kingdom, uk, u.k, britain, great britain, england, scotland, wales, northern ireland,
  united states, united states of america, us, u.s, u.s.a, usa, america, uruguay, uzbekistan, vanuatu, vatican,
  vatican city, venezuela, vietnam, yemen, zambia, zimbabwe
  `),
);

export const PLACES = new Set([
  ...COUNTRIES,
  ...lines(`
  gaza, gaza strip, west bank, crimea, donbas, donbass,
  donetsk, luhansk, kherson, zaporizhzhia, kharkiv, odesa, odessa, mariupol, bakhmut, avdiivka, kashmir, tibet, xinjiang,
  hong kong, macau, puerto rico, greenland, guam, hawaii, alaska, siberia, chechnya, dagestan, tatarstan, kurdistan,
  catalonia, flanders, bavaria, sicily, sardinia, corsica, tasmania, new caledonia, tahiti, bermuda, cayman islands,
  falkland islands, gibraltar, western sahara, somaliland, transnistria, abkhazia, south ossetia, nagorno-karabakh,
  africa, asia, europe, north america, south america, latin america, central america, oceania, antarctica, the arctic,
  arctic, middle east, the middle east, near east, far east, east asia, south asia, southeast asia, central asia,
  west africa, east africa, southern africa, north africa, horn of africa, sahel, balkans, the balkans, caucasus,
  scandinavia, eurasia, indo-pacific, asia-pacific, the west, the gulf, persian gulf, caribbean, the caribbean,
  mediterranean, the mediterranean, atlantic, pacific, indian ocean, atlantic ocean, pacific ocean, arctic ocean,
  black sea, red sea, baltic sea, south china sea, east china sea, north sea, caspian sea, dead sea, sea of azov,
  strait of hormuz, taiwan strait, english channel, suez canal, panama canal, bosphorus, amazon, nile, thames, danube,
  rhine, volga, ganges, yangtze, mississippi, himalayas, alps, andes, rockies, sahara,
  kabul, tirana, algiers, luanda, buenos aires, yerevan, canberra, vienna, baku, manama, dhaka, minsk, brussels, thimphu,
  la paz, sarajevo, gaborone, brasilia, brasília, sofia, ouagadougou, phnom penh, yaounde, ottawa, santiago, beijing,
  bogota, bogotá, kinshasa, brazzaville, san jose, zagreb, havana, nicosia, prague, copenhagen, quito, cairo, san salvador,
  asmara, tallinn, addis ababa, helsinki, paris, libreville, banjul, tbilisi, berlin, accra, athens, guatemala city,
  conakry, georgetown, port-au-prince, tegucigalpa, budapest, reykjavik, new delhi, delhi, jakarta, tehran, baghdad,
  dublin, jerusalem, tel aviv, rome, kingston, tokyo, amman, astana, nur-sultan, nairobi, pristina, kuwait city, bishkek,
  vientiane, riga, beirut, maseru, monrovia, tripoli, vilnius, antananarivo, lilongwe, kuala lumpur, male, bamako,
  valletta, nouakchott, mexico city, chisinau, ulaanbaatar, podgorica, rabat, maputo, naypyidaw, yangon, rangoon,
  windhoek, kathmandu, amsterdam, the hague, wellington, managua, niamey, abuja, pyongyang, skopje, oslo, muscat,
  islamabad, ramallah, panama city, port moresby, asuncion, lima, manila, warsaw, lisbon, doha, bucharest, moscow,
  kigali, riyadh, dakar, belgrade, freetown, bratislava, ljubljana, mogadishu, pretoria, cape town, johannesburg,
  durban, seoul, juba, madrid, colombo, khartoum, stockholm, bern, geneva, zurich, damascus, taipei, dushanbe, dodoma,
  dar es salaam, bangkok, lome, tunis, ankara, istanbul, ashgabat, kampala, kyiv, kiev, abu dhabi, dubai, london,
  washington, washington d.c, washington, d.c, montevideo, tashkent, caracas, hanoi, ho chi minh city, saigon, sanaa,
  aden, lusaka, harare,
  new york, new york city, los angeles, chicago, houston, phoenix, philadelphia, san antonio, san diego, dallas, austin,
  san francisco, seattle, denver, boston, detroit, nashville, memphis, portland, las vegas, baltimore, milwaukee,
  atlanta, miami, orlando, tampa, minneapolis, cleveland, pittsburgh, cincinnati, st. louis, kansas city, new orleans,
  salt lake city, sacramento, honolulu, anchorage, brooklyn, manhattan, queens, the bronx, bronx, silicon valley,
  hollywood, wall street, capitol hill, white house, toronto, montreal, vancouver, calgary, edmonton, quebec,
  manchester, birmingham, liverpool, leeds, glasgow, edinburgh, cardiff, belfast, bristol, oxford, cambridge,
  westminster, downing street, hamburg, munich, frankfurt, cologne, stuttgart, marseille, lyon, toulouse, nice,
  strasbourg, milan, naples, turin, florence, venice, barcelona, valencia, seville, bilbao, porto, rotterdam, antwerp,
  krakow, gdansk, st. petersburg, saint petersburg, st petersburg, novosibirsk, yekaterinburg, kazan, sochi,
  vladivostok, kaliningrad, murmansk, volgograd, belgorod, kursk, rostov, grozny, sevastopol, lviv, dnipro, bucha,
  mumbai, bombay, kolkata, calcutta, chennai, madras, bengaluru, bangalore, hyderabad, ahmedabad, pune, jaipur, lucknow,
  kanpur, nagpur, indore, bhopal, patna, chandigarh, kochi, thiruvananthapuram, coimbatore, madurai, visakhapatnam,
  surat, varanasi, agra, amritsar, srinagar, guwahati, bhubaneswar, ranchi, raipur, dehradun, shimla, gandhinagar,
  goa, ayodhya, manipur, mizoram, nagaland, tripura, meghalaya, assam, sikkim, arunachal pradesh,
  tamil nadu, kerala, karnataka, andhra pradesh, telangana, maharashtra, gujarat, rajasthan, punjab, haryana,
  himachal pradesh, uttarakhand, uttar pradesh, madhya pradesh, bihar, jharkhand, odisha, orissa, chhattisgarh,
  west bengal, bengal, jammu, jammu and kashmir, ladakh, lahore, karachi, rawalpindi, peshawar, quetta, multan,
  faisalabad, balochistan, sindh, khyber pakhtunkhwa, chittagong, kandahar, herat, mazar-i-sharif, jalalabad,
  shanghai, guangzhou, shenzhen, chengdu, chongqing, wuhan, tianjin, nanjing, hangzhou, xi'an, harbin, qingdao,
  guangdong, sichuan, hubei, yunnan, fujian, zhejiang, jiangsu, shandong, henan, hebei, inner mongolia, osaka, kyoto,
  yokohama, nagoya, hiroshima, nagasaki, fukushima, okinawa, hokkaido, busan, incheon, bali, java, sumatra, borneo,
  surabaya, ho chi minh, cebu, mindanao, phuket, chiang mai, mandalay, lagos, kano, ibadan, port harcourt, mombasa,
  kisumu, alexandria, giza, sinai, benghazi, casablanca, marrakesh, fez, darfur, goma, timbuktu, soweto,
  rio de janeiro, rio, sao paulo, são paulo, salvador, recife, manaus, cordoba, rosario, medellin, cali, cartagena,
  guadalajara, monterrey, tijuana, cancun, acapulco, valparaiso, cusco, tel aviv-yafo, haifa, nazareth, bethlehem,
  hebron, nablus, jenin, rafah, khan younis, gaza city, mosul, basra, erbil, kirkuk, fallujah, aleppo, homs, idlib,
  raqqa, isfahan, mashhad, shiraz, tabriz, jeddah, mecca, medina, sharjah, izmir, antalya,
  alabama, arizona, arkansas, california, colorado, connecticut, delaware, florida, idaho, illinois, indiana, iowa,
  kansas, kentucky, louisiana, maine, maryland, massachusetts, michigan, minnesota, mississippi, missouri, montana,
  nebraska, nevada, new hampshire, new jersey, new mexico, north carolina, north dakota, ohio, oklahoma, oregon,
  pennsylvania, rhode island, south carolina, south dakota, tennessee, texas, utah, vermont, virginia, west virginia,
  wisconsin, wyoming, ontario, british columbia, alberta, manitoba, saskatchewan, nova scotia, new brunswick,
  newfoundland, yukon, nunavut, new south wales, victoria, queensland, western australia, south australia, sydney,
  melbourne, brisbane, perth, adelaide, auckland, christchurch, kent, surrey, essex, yorkshire, lancashire, cornwall,
  devon, normandy, brittany, provence, tuscany, lombardy, andalusia, galicia, basque country, silesia, lapland
  `),
  ...REGIONAL_PLACES(),
]);

/** Cities, towns and regions of the English-language press's countries (UK nations, Ireland, US, Canada, Australia,
 *  New Zealand with Māori names, South Africa, Ghana, Nigeria, Kenya, Liberia, the Philippines, Pakistan, India, Singapore
 *  and Malaysia). Names that are mostly first names ("Charlotte", "Clare") are left out. */
function REGIONAL_PLACES(): string[] {
  return lines(`
  aberdeen, dundee, inverness, paisley, falkirk, kilmarnock, ayr, fife, lothian, the highlands, scottish highlands, orkney,
  shetland, hebrides, outer hebrides, argyll, dumfries, galloway, lanarkshire, renfrewshire, aberdeenshire, moray,
  east kilbride, motherwell, cumbernauld, greenock, dunfermline, kirkcaldy, st andrews, st. andrews, isle of skye, skye,
  swansea, newport, wrexham, bangor, aberystwyth, merthyr tydfil, pontypridd, rhondda, caerphilly, llanelli, bridgend,
  carmarthen, gwynedd, powys, ceredigion, anglesey, pembrokeshire, conwy, neath, snowdonia,
  newcastle, sunderland, middlesbrough, hartlepool, durham, york, hull, sheffield, nottingham, leicester, coventry,
  wolverhampton, stoke, stoke-on-trent, norwich, ipswich, southampton, portsmouth, brighton, plymouth, exeter, gloucester,
  worcester, hereford, shrewsbury, shropshire, cheshire, lincolnshire, norfolk, suffolk, somerset, dorset, wiltshire,
  hampshire, berkshire, oxfordshire, buckinghamshire, hertfordshire, bedfordshire, northamptonshire, leicestershire,
  nottinghamshire, derbyshire, staffordshire, warwickshire, worcestershire, gloucestershire, herefordshire, cumbria,
  northumberland, merseyside, tyneside, teesside, harrogate, blackpool, bolton, wigan, salford, stockport, oldham, rochdale,
  bradford, huddersfield, wakefield, doncaster, rotherham, barnsley, grimsby, scunthorpe, luton, milton keynes,
  northampton, peterborough, swindon, slough, watford, croydon, brixton, hackney, camden, islington, lambeth, southwark,
  tower hamlets, lewisham, ealing, wembley, walworth, peckham, tottenham, kensington, canterbury, dover, maidstone,
  colchester, chelmsford, southend, carlisle, burnley, truro, torquay, bournemouth, isle of wight, lake district,
  cotswolds, east anglia, midlands, west midlands, east midlands, north east england, north west england, home counties,
  cork, galway, limerick, waterford, kilkenny, sligo, donegal, mayo, wexford, wicklow, meath, kildare, louth, drogheda,
  dundalk, athlone, tralee, ennis, letterkenny, cobh, connacht, munster, leinster, ulster, tipperary, offaly, laois,
  roscommon, leitrim, cavan, monaghan, westmeath, carlow, derry, londonderry, newry, armagh, antrim, tyrone, fermanagh,
  albany, buffalo, rochester, syracuse, hartford, new haven, providence, newark, jersey city, trenton, richmond, raleigh,
  greensboro, charleston, jacksonville, tallahassee, little rock, louisville, lexington, knoxville, chattanooga,
  indianapolis, columbus, toledo, akron, dayton, grand rapids, lansing, flint, green bay, des moines, omaha, wichita,
  topeka, tulsa, oklahoma city, fort worth, el paso, albuquerque, santa fe, tucson, scottsdale, reno, boise, spokane,
  tacoma, fresno, oakland, long beach, bakersfield, stockton, santa barbara, pasadena, palo alto, cupertino, lubbock,
  amarillo, corpus christi, laredo, galveston, baton rouge, shreveport, biloxi, pensacola, fort lauderdale, boca raton,
  west palm beach, key west, harrisburg, allentown, scranton, burlington, montpelier, springfield, yonkers, ithaca,
  staten island, long island, hoboken, st. paul, st paul, saint paul, fargo, sioux falls, billings, cheyenne, boulder,
  colorado springs, provo, juneau, duluth, marietta, ann arbor, napa, sonoma, malibu, santa monica,
  winnipeg, halifax, saskatoon, quebec city, laval, mississauga, brampton, markham, burnaby, kelowna, kamloops, moncton,
  fredericton, saint john, charlottetown, st. john's, st john's, thunder bay, sudbury, gatineau, sherbrooke,
  trois-rivières, whitehorse, yellowknife, iqaluit, prince edward island, labrador, nunavik,
  hobart, gold coast, wollongong, geelong, townsville, cairns, toowoomba, ballarat, bendigo, launceston, alice springs,
  northern territory, australian capital territory, parramatta, fremantle,
  aotearoa, tāmaki makaurau, tamaki makaurau, te whanganui-a-tara, ōtautahi, otautahi, tauranga, dunedin, ōtepoti,
  rotorua, whangārei, whangarei, whanganui, taupō, taupo, palmerston north, invercargill, gisborne, tairāwhiti, timaru,
  queenstown, waikato, northland, te tai tokerau, otago, southland, murihiku, bay of plenty, hawke's bay,
  manawatū, manawatu, taranaki, marlborough, tasman, coromandel, kaikōura, kaikoura, ōtaki, otaki, porirua, lower hutt,
  upper hutt, te awamutu, whakatāne, whakatane, ōpōtiki, opotiki, kāpiti, kapiti, wairarapa, south island, north island,
  te waipounamu, te ika-a-māui, stewart island, rakiura, chatham islands, wharekauri, hauraki, waitematā, waitemata,
  gqeberha, port elizabeth, east london, bloemfontein, pietermaritzburg, polokwane, mbombela, nelspruit, rustenburg,
  stellenbosch, khayelitsha, mitchells plain, gugulethu, tembisa, sandton, midrand, centurion, gauteng, kwazulu-natal,
  western cape, eastern cape, northern cape, free state, limpopo, mpumalanga, tshwane, ekurhuleni, ethekwini,
  kumasi, tamale, takoradi, sekondi-takoradi, cape coast, tema, koforidua, sunyani, bolgatanga, ashanti, ashanti region,
  greater accra, volta region, brong-ahafo, obuasi, techiman, kasoa, 
  enugu, kaduna, jos, benin city, owerri, calabar, uyo, abeokuta, ilorin, maiduguri, sokoto, zaria, onitsha, warri, ikeja,
  lekki, borno, kogi, ogun, oyo, niger delta, plateau state, rivers state, lagos state, kano state,
  nakuru, eldoret, thika, machakos, garissa, kakamega, nyeri, malindi, lamu, turkana, kiambu, kibera,
  gbarnga, nimba, lofa, margibi, grand bassa, kakata, zwedru, voinjama, sanniquellie, bong county, nimba county,
  lofa county,
  quezon city, makati, pasig, taguig, caloocan, davao, davao city, cebu city, iloilo, bacolod, cagayan de oro, zamboanga,
  baguio, tacloban, legazpi, general santos, luzon, visayas, metro manila, pampanga, bulacan, cavite, laguna, batangas,
  pangasinan, leyte, samar, negros, negros occidental, negros oriental, palawan, bohol, albay, sorsogon, camarines sur,
  ilocos norte, ilocos sur, tarlac, nueva ecija, zambales, benguet, mindoro, marawi, cotabato, sulu, basilan,
  maguindanao, lanao del sur, lanao del norte, bukidnon, surigao, agusan, masbate, catanduanes, mandaluyong, parañaque,
  paranaque, las piñas, las pinas, marikina, muntinlupa, valenzuela, navotas, malabon, pasay, san juan city,
  sialkot, gujranwala, sargodha, bahawalpur, sukkur, larkana, abbottabad, mardan, swat, gilgit, gilgit-baltistan, skardu,
  muzaffarabad, azad kashmir, gwadar, turbat, dera ismail khan, bannu, kohat, nowshera, charsadda, mingora, chitral,
  waziristan, north waziristan, south waziristan, bajaur, kurram, tharparkar, hunza,
  noida, gurugram, gurgaon, ghaziabad, faridabad, thane, navi mumbai, nashik, aurangabad, mysuru, mysore, mangaluru,
  hubballi, vijayawada, warangal, tiruchirappalli, puducherry, pondicherry, jodhpur, udaipur, ajmer, gwalior, jabalpur,
  ludhiana, jalandhar, meerut, prayagraj, allahabad, gorakhpur,
  jurong, tampines, woodlands, yishun, punggol, sengkang, bedok, ang mo kio, toa payoh, bukit timah, bukit batok,
  bukit panjang, choa chu kang, pasir ris, hougang, serangoon, clementi, marina bay, sentosa, changi, geylang,
  kallang, bishan, johor, johor bahru, penang, sabah, sarawak, selangor, malacca, melaka, putrajaya, ipoh
  `);
}

/** Words of place names that stay lower-case inside the name ("Rio de Janeiro", "Port-au-Prince"). */
export const PLACE_NAME_PARTICLES = new Set(lines(`
  de, da, do, das, dos, del, della, di, du, des, la, le, les, el, al, au, aux, en, on, upon, of, the, and, sur, am, an, im, von, van
`));

/** Particles between hyphens in a place's name ("Stoke-on-Trent", "Weston-super-Mare", "Chester-le-Street"). */
export const HYPHEN_PLACE_PARTICLES = new Set(lines('on, upon, super, sur, le, la, en, sous, under'));

/** States and provinces as news style abbreviates them, without their periods ("B.C.", "W.Va.", "Calif."):
 *  a place only when written with a period (key.ts `isPlaceAbbreviation`). */
export const PLACE_ABBREVIATIONS = new Set(lines(`
  ala, ariz, ark, calif, colo, conn, fla, ga, ill, ind, kan, kans, ky, la, md, mass, mich, minn, miss, mo, mont, neb,
  nev, nh, nj, nm, ny, nc, nd, okla, ore, pa, ri, sc, sd, tenn, tex, vt, va, wash, wva, wis, wyo, dc,
  bc, alta, sask, man, ont, que, ns, nb, pei, nfld, nsw, qld, vic, tas
`));

/** Capitals and seats of government whose name stands for the government when it acts ("Ottawa said", "Whitehall has refused"). */
export const SEATS_OF_GOVERNMENT = new Set(
  lines(`
  washington, london, westminster, whitehall, downing street, ottawa, canberra, wellington, dublin, beijing, moscow, kremlin,
  paris, berlin, brussels, rome, madrid, lisbon, athens, ankara, tehran, riyadh, cairo, tokyo, seoul, pyongyang, taipei,
  new delhi, delhi, islamabad, kabul, dhaka, jakarta, manila, hanoi, bangkok, kyiv, kiev, warsaw, budapest, vienna, bern,
  stockholm, oslo, copenhagen, helsinki, the hague, pretoria, abuja, accra, nairobi, addis ababa, kampala, harare, lusaka,
  brasilia, brasília, buenos aires, santiago, bogota, bogotá, lima, caracas, havana, mexico city, jerusalem, damascus,
  baghdad, doha, abu dhabi, holyrood, stormont, cardiff bay, edinburgh, cardiff, belfast, quebec city, minsk, tbilisi
  `),
);

/** The tail of a local body or county named after its place, in lower case ("Logan City Council", "Nelson County"). */
export const LOCAL_BODY_TAILS = new Set(
  lines(`
  city council, county council, district council, borough council, shire council, regional council, town council,
  council, county, parish, borough, municipality, city, township, shire
  `),
);
