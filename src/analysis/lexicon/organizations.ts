// Well-known organizations (international bodies, agencies, news agencies, parties, companies,
// media), lower-case. Names not listed here are found by cue words (data/cues.ts) and acronyms.

const lines = (s: string) => s.trim().split(/\s*[,\n]\s*/).filter(Boolean);

export const ORGANIZATIONS = new Set(
  lines(`
  united nations, un, u.n, security council, un security council, general assembly, unesco, unicef, unhcr, unrwa, undp,
  unep, unctad, fao, ilo, iaea, icc, icj, who, world health organization, wto, world trade organization, imf,
  international monetary fund, world bank, nato, north atlantic treaty organization, european union, eu, e.u,
  european commission, european parliament, european central bank, ecb, council of europe, osce, african union, au,
  ecowas, sadc, asean, apec, saarc, bimstec, brics, sco, shanghai cooperation organisation, g7, g8, g20, g-20, g-7,
  opec, opec+, oecd, arab league, gulf cooperation council, gcc, commonwealth, quad, aukus, interpol, europol,
  red cross, red crescent, icrc, amnesty international, human rights watch, greenpeace, oxfam, doctors without borders,
  msf, wwf, fifa, uefa, ioc, international olympic committee, bcci, icc cricket, nba, nfl, mlb, nhl, premier league,
  kremlin, pentagon, state department, congress, senate, house of representatives, supreme court,
  downing street, whitehall, élysée, elysee, bundestag, duma, state duma, knesset, lok sabha, rajya sabha, parliament,
  fbi, cia, nsa, dhs, doj, fda, cdc, nih, epa, faa, sec, fed, federal reserve, irs, ice, nasa, noaa, usaid, atf, dea, nyse,
  new york stock exchange, london stock exchange, world food programme, wfp,
  united nations development programme, united nations environment programme,
  mi5, mi6, gchq, nhs, bbc, itv, sky news, reuters, associated press, ap, afp, agence france-presse, pti,
  press trust of india, ani, ians, uni, tass, ria novosti, interfax, sputnik, xinhua, kyodo, yonhap, kcna, anadolu,
  irna, wafa, bernama, antara, efe, ansa, dpa, bloomberg, cnn, fox news, msnbc, cnbc, abc, nbc, cbs, pbs, npr, al jazeera,
  rt, the new york times, new york times, the washington post, washington post, the wall street journal,
  wall street journal, the guardian, the times, the telegraph, financial times, the economist, the hindu,
  hindustan times, times of india, the times of india, indian express, the indian express, ndtv, india today, dawn,
  wikinews, wikipedia, wikileaks, politico, axios, time, newsweek, usa today, los angeles times,
  isro, drdo, rbi, reserve bank of india, sebi, cbi, nia, raw, ed, bjp, congress party, indian national congress, inc,
  aap, aam aadmi party, tmc, trinamool congress, dmk, aiadmk, shiv sena, ncp, bsp, samajwadi party, cpi, cpi(m), rss,
  democratic party, republican party, democrats, republicans, gop, labour party, labour, conservative party,
  conservatives, tories, liberal democrats, snp, reform uk, ukip, sinn fein, sinn féin, cdu, csu, spd, afd, fdp,
  united russia, ccp, chinese communist party, communist party, pla, people's liberation army, kmt, kuomintang, dpp,
  ldp, anc, hamas, hezbollah, fatah, plo, taliban, al-qaeda, al qaeda, isis, isil, islamic state, boko haram,
  al-shabaab, houthis, wagner, wagner group, idf, irgc, mossad, shin bet, fsb, kgb, gru, sbu, rosatom, gazprom,
  rosneft, lukoil, sberbank, aeroflot, roscosmos,
  apple, google, alphabet, microsoft, amazon, meta, facebook, instagram, whatsapp, twitter, x corp, tiktok, bytedance,
  youtube, netflix, tesla, spacex, openai, anthropic, nvidia, intel, amd, ibm, oracle, cisco, qualcomm, samsung, sony,
  lg, huawei, xiaomi, alibaba, tencent, baidu, foxconn, tsmc, toyota, honda, nissan, hyundai, kia, ford,
  general motors, gm, chrysler, stellantis, volkswagen, bmw, mercedes-benz, daimler, audi, porsche, ferrari, renault,
  peugeot, volvo, boeing, airbus, lockheed martin, lockheed, northrop grumman, northrop, pratt & whitney, aer lingus, raytheon,
  northrop grumman, general dynamics, bae systems, eads,
  exxonmobil, exxon, chevron, shell, bp, totalenergies, total, aramco, saudi aramco, petrobras, pemex, walmart, target,
  costco, mcdonald's, starbucks, coca-cola, pepsico, nestle, nestlé, unilever, procter & gamble, johnson & johnson,
  pfizer, moderna, astrazeneca, novartis, roche, merck, gsk, sanofi, bayer, biontech, goldman sachs, merrill lynch, bear stearns,
  lehman brothers, fannie mae, freddie mac, jpmorgan,
  jpmorgan chase, morgan stanley, citigroup, citi, bank of america, wells fargo, hsbc, barclays, deutsche bank, ubs,
  credit suisse, blackrock, visa, mastercard, paypal, uber, lyft, airbnb, spotify, disney, warner bros, paramount,
  reliance, reliance industries, tata, tata group, tata motors, tcs, infosys, wipro, adani, adani group, mahindra,
  bajaj, hdfc, icici, sbi, state bank of india, air india, indigo, emirates, qatar airways, lufthansa, british airways,
  ryanair, easyjet, delta, united airlines, american airlines, southwest airlines, fedex, ups, dhl,
  harvard, yale, stanford, mit, princeton, oxford university, cambridge university, columbia university, scientology,
  vatican, holy see, catholic church, church of england, salvation army, ymca
  `),
);

/** Organization acronyms written with lower-case letters or digits ("G20", "OPEC+"): matched as words. */
export const ORG_ACRONYM_PATTERN = /^(?:[A-Z][A-Z0-9&]*[A-Z0-9]\+?|[A-Z](?:-?\d{1,2})|[A-Z]{1,3}\d{1,2}\+?)$/;
