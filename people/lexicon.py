"""General word lists that name discovery leans on, in French, English and Arabic.

Persons are never pre-listed, so the finders work from cues: honorifics, titles, ranks, nationality
words, role words; and from what a name is not: places, months, organization words, function words.
These lists are general knowledge about news prose, never lists of the people or organizations of
particular articles. Every entry is stored folded with `normalize_name`, so lookups are insensitive to
case, accents, hyphens and Arabic spelling variants; build keys with `key()` (Latin) or `akey()`
(Arabic, which also drops a leading conjunction when asked).
"""

from __future__ import annotations

from functools import lru_cache

from text.normalize import normalize_name
from text.places import place_names
from text.wordlists import given_names


def _set(text: str) -> frozenset[str]:
    """Comma-separated entries, folded."""
    return frozenset(filter(None, (normalize_name(w) for w in text.split(","))))


def words(text: str) -> frozenset[str]:
    """Space-separated words, as written (for lists compared with raw lowercase tokens)."""
    return frozenset(text.split())


@lru_cache(maxsize=200_000)
def key(token: str) -> str:
    """Lookup key of a Latin-script token or phrase (cached: news vocabulary repeats)."""
    return normalize_name(token)


# --------------------------------------------------------------------------------------------------
# Latin script (French, English and the names both print)
# --------------------------------------------------------------------------------------------------

# Courtesy titles written before a name and kept in its surface ("M. Hammouchi").
HONORIFICS = _set(
    "m, mm, mme, mmes, mlle, mlles, dr, dre, pr, me, mr, mrs, ms, messrs, miss, sir, dame, monsieur, madame,"
    " mademoiselle, messieurs, docteur, lord, lady,"
    # West African courtesy titles ("Malam Nuhu Ribadu", "Alhaji X", "Hajia Y")
    " malam, mallam, alhaji, alhaja, hajia,"
    # "His/Her Excellency", "Son Excellence" abbreviated ("H.E. Kamel X", "S.E. M. X")
    " h.e, s.e"
)

# The spellings of "sheikh" that Latin discovery reads as a style before a name, a rank and a royal title
# at once (people.discovery.latin, people.discovery.roles), as written: all lowercase ASCII.
SHEIKH_STYLES = words("cheikh cheikha sheikh sheikha shaikh shaikha shaykh")

# Royal and princely styles; also kept in the surface ("Sa Majesté le Roi Mohammed VI", "King Mohammed VI").
ROYAL_TITLES = SHEIKH_STYLES | _set(
    "roi, reine, king, queen, prince, princesse, princess, emir, amir, cheick,"
    # the Gulf press's English spellings ("Shaikh Rashid bin Abdullah Al Khalifa", "Shaykh …"; the others
    # are SHEIKH_STYLES')
    " shaykha,"
    " sultan, sultane, prince heritier, crown prince, grand duc, emir,"
    # the Omani royal family's style ("Sayyid Talal bin Hilal Al Busaidi"), السيد in Arabic
    " sayyid, sayyida,"
    # Malaysian styles conferred by the rulers ("Datuk Seri Azman …", "Tan Sri Khalid …"); "Tan" alone
    # is a surname, only the two words together are the style
    " datuk, dato, datuk seri, dato seri, dato sri, datuk sri, tan sri, puan sri"
)
ROYAL_STYLES = _set(
    "sm, s m, sa majeste, his majesty, her majesty, hm, h m, sar, s a r, son altesse, son altesse royale,"
    " his royal highness, her royal highness, his highness, her highness, hrh, h r h, sa, s a, le, la, the"
)

# "Ould" (son of) in a Mauritanian name always follows a given name: a word that is a style elsewhere
# ("Cheikh", "الشيخ") is that given name before it ("Cheikh Ould Bilal", "الشيخ ولد بلال").
NASAB = _set("ould, ولد")
STYLES_GIVEN_BEFORE_NASAB = _set("cheikh, cheick, sheikh, shaikh, الشيخ, شيخ")

# Military and police ranks: cue a name, are not kept in the surface, are a role only when nothing better is said.
RANKS = _set(
    "general, general major, major general, lieutenant general, general de corps d armee, general de division,"
    " general de brigade, general d armee, brigadier, brigadier general, colonel, colonel major, lieutenant colonel,"
    " commandant, capitaine, captain, commander, admiral, amiral, vice amiral, marechal, field marshal, lieutenant,"
    " major, commodore, commissaire divisionnaire, controleur general, inspecteur general, prefet de police,"
    " wali de surete, general major, colonel general,"
    # naval ranks ("le contre-amiral X", "Rear Admiral X", "le capitaine de vaisseau X")
    " contre amiral, vice amiral d escadre, rear admiral, vice admiral, capitaine de vaisseau,"
    " capitaine de fregate, capitaine de corvette, lieutenant de vaisseau, enseigne de vaisseau,"
    # French feminine forms ("la générale Ana Gómez", "la colonelle X")
    " generale, generale de brigade, generale de division, generale de corps d armee, generale d armee,"
    " colonelle, colonelle major, lieutenante colonelle, capitaine, commandante, controleuse generale,"
    " inspectrice generale,"
    # English abbreviations, written with or without their periods ("Lt Gen", "Maj. Gen.", "Brig.")
    " lt, lt gen, lt col, gen, maj, maj gen, brig, brig gen, col, capt, cpt, cdr, cmdr, adm, vice adm, rear adm,"
    # Thai police ranks as the English press writes them ("Pol Maj Gen X", "Pol. Lt. Gen. X", "Pol Col X"):
    # "Pol" only opens them, never alone (a given name: "Pol" Pot)
    " pol gen, pol lt gen, pol maj gen, pol brig gen, pol col, pol lt col, pol maj, pol capt, pol lt,"
    " police general, police lieutenant general, police major general, police brigadier general, police colonel,"
    " police lieutenant colonel, police major, police captain,"
    # Nigerian and Commonwealth police ranks as their press abbreviates them ("CP Benneth X", "DCP X"; East
    # Africa's "AIGP" and "DIGP": assistant and deputy inspectors general of police)
    " cp, dcp, acp, aig, dig, igp, aigp, digp, csp, sp, dsp, asp"
)

# Heads of role phrases: a name next to one of these is a person, and the phrase is the role.
ROLE_HEADS = _set(
    # French
    "president, presidente, vice president, vice presidente, ministre, ministre delegue, secretaire,"
    " secretaire general, secretaire generale, sous secretaire, directeur, directrice, sous directeur, wali,"
    " ambassadeur, ambassadrice, chancelier, chanceliere, prefet, commissaire, chef, cheffe, patron, patronne,"
    " gouverneur, gouverneure, delegue, deleguee, procureur, procureure, conseiller, conseillere, porte parole,"
    " charge, chargee, representant, representante, coordinateur, coordinatrice, commandant, inspecteur,"
    " inspectrice, colonel, general, roi, reine, prince, princesse, emir, cheikh, sheikh, souverain, depute,"
    " deputee, maire, senateur, senatrice, juge, magistrat, consul, consule, attache, adjoint, adjointe,"
    " responsable, candidat, candidate, homologue, haut commissaire, haute commissaire, premier ministre,"
    " vice premier ministre, mediateur, administrateur, administratrice, dirigeant, dirigeante, fondateur,"
    " fondatrice, rapporteur, envoye, envoyee, emissaire, controleur, expert, experte, officier, capitaine,"
    " coordonnateur, coordonnatrice,"
    " general major, generale, colonelle, prefete, questeur, bâtonnier, doyen, recteur, rectrice, superviseur,"
    " titulaire, tresorier,"
    # who held the office before or after ("son prédécesseur X", "his successor X")
    " predecesseur, successeur, predecessor, successor,"
    " chercheur, chercheuse, professeur, professeure, journaliste, correspondant, correspondante, commandante,"
    " analyste, economiste, avocat, avocate, analyst, economist, lawyer, official, diplomat, diplomate,"
    " secretary general, director general, directeur general, procureur general, prosecutor general,"
    " inspector general, attorney general, solicitor general, consul general, commissaire general,"
    " commissioner general,"
    " delegue general, controleur general, secretary of state, secretaire d etat, general delegate,"
    # English
    " minister, secretary, director, chief, head, chancellor, commissioner, ambassador, prosecutor, governor,"
    " delegate, chairman, chairwoman, chair, chairperson, deputy, undersecretary, under secretary, spokesman,"
    " spokeswoman, spokesperson, officer, commander, king, queen, emir, mayor, judge, adviser, advisor, counsellor,"
    " councillor, counselor, representative, coordinator, candidate, counterpart, envoy, senator, lawmaker,"
    " president, vice president, prime minister, sultan, superintendent, inspector, executive, founder, leader,"
    " rapporteur, correspondent, reporter, editor, professor, researcher, consul, attache, assistant, controller,"
    " commander in chief, commandant en chef, chef d etat major, chief of staff"
)

# Words of ministerial portfolios and of English titles written in capitals ("Minister of Foreign Affairs,
# African Cooperation and Moroccan Expatriates Nasser Bourita"): they can stand before a name in one
# capitalised run but are never part of it.
TITLE_WORDS = _set(
    "interior, interieur, foreign, affairs, affaires, home, defence, defense, justice, security, securite, public,"
    " publique, finance, finances, budget, economy, economie, health, sante, education, cooperation, expatriates,"
    " residents, residing, abroad, delegate, deputy, prime, first, premier, vice, chief, senior, state, etat,"
    " national, nationale, international, internationale, territorial, surveillance, police, intelligence, counter,"
    " terrorism, executive, minister, ministers, secretary, general, president, director, directeur, emeritus,"
    " former, ancien, acting, interim, outgoing, incoming, elect, new, nouveau, nouvelle, honorary, permanent,"
    " special, assistant, associate, regional, central, federal, supreme, high, commissioner, ambassador,"
    " governor, prosecutor, judiciary, cabinet, administration, internal, external, migration, immigration,"
    " borders, border, homeland, customs, transport, energy, trade, commerce, industry, agriculture, tourism, culture,"
    " communication, digital, transition, development, planning, labour, labor, employment, youth, sports, sport,"
    # local government ("Minister of Interior and Decentralization", "… Local Authorities and Town Planning")
    " decentralization, decentralisation, local, authorities, collectivites, locales, urban, town,"
    # ("State Minister of Peace X", "ministre d'État à la Paix")
    " peace, paix, reconciliation, solidarity, solidarite,"
    " women, family, housing, water, environment, science, research, investment, treasury, treasurer, army,"
    " armed, forces, staff, civil, protection, guard, royal, gendarmerie, office, excellency, majesty, highness,"
    " his, her, h e, he, minister delegate, delegue, chairman, head, spokesman, speaker, commander, in, of, for,"
    # the fields a department deals with ("… Department for Drug Control", "Counter Narcotics")
    " drug, drugs, narcotics, control, crime, crimes, trafficking, cybercrime, counter, combating, anti"
)
# The fields a title names that the title words (portfolios) do not hold: "Director of Criminal Investigations",
# "international relations chief", "public affairs director" (read before a name by people.discovery.latin, and in
# a role before its head by people.discovery.roles).
TITLE_FIELD_WORDS = words(
    "criminal investigation investigations prosecution prosecutions operations affairs intelligence narcotics"
    " relations communications cooperation liaison training"
)

# Words that open a sentence or a clause with a capital and are no part of a name.
FUNCTION_WORDS = _set(
    "le, la, les, l, un, une, des, du, de, d, au, aux, ce, cet, cette, ces, son, sa, ses, leur, leurs, notre, nos,"
    " votre, vos, mon, ma, mes, il, elle, ils, elles, on, nous, vous, je, qui, que, quoi, dont, ou, pour, par,"
    " selon, avec, dans, sur, sous, lors, apres, avant, comme, chez, entre, depuis, durant, pendant, outre, et,"
    " mais, donc, ni, car, or, ainsi, aussi, parmi, quant, cote, face, vers, via, contre, malgre, en, a, y, si,"
    " tous, tout, toute, toutes, plus, moins, tres, bien, deja, encore, enfin, puis, alors, ensuite, desormais,"
    " notamment, egalement, cependant, toutefois, pourtant, neanmoins, certes, hier, aujourd, demain, ici, la,"
    " voici, voila, lire, partager, accueil, photo, photos, credit, credits, source, sources, tags, video, videos,"
    " the, a, an, this, that, these, those, his, her, its, their, our, my, your, he, she, it, they, we, i, you,"
    " for, with, in, on, at, by, as, after, before, during, among, from, to, of, and, but, also, according,"
    " while, when, where, since, under, over, into, through, per, across, against, between, including,"
    " following, ahead, despite, amid, read, share, home, there, here, what, which, who, whom, whose, how, why,"
    " yesterday, today, tomorrow, meanwhile, however, moreover, furthermore, besides, nevertheless, then, thus,"
    " mr, mrs, ms, dr, no, not, nor, yet, so, if, all, both, each, every, many, most, more, some, such, only,"
    " other, another, same, own, new, old, first, last, next, previous, latest, main, major, minor, top, senior,"
    " junior, chief, key, commentaires, commentaire, newsletter, email, e mail, imprimer, copier, envoyer,"
    " facebook, twitter, whatsapp, linkedin, instagram, youtube, tiktok, telegram, x, merci, cliquez, abonnez,"
    " inscrivez, suivez, publie, mis, jour, update, updated, posted, published, by, par, signaler, premier,"
    " premiere, deuxieme, troisieme, second, seconde, dernier, derniere, prochain, prochaine, nouveau, nouvelle,"
    " grand, grande, haut, haute, petit, petite, pays, etats, ville, region, province, royaume, kingdom"
)

MONTHS = _set(
    "janvier, fevrier, mars, avril, mai, juin, juillet, aout, septembre, octobre, novembre, decembre, janv, fevr,"
    " sept, oct, nov, dec, january, february, march, april, may, june, july, august, september, october,"
    " november, december, jan, feb, mar, apr, jun, jul, aug, sep, lundi, mardi, mercredi, jeudi, vendredi,"
    " samedi, dimanche, monday, tuesday, wednesday, thursday, friday, saturday, sunday, noel, ramadan, aid, eid"
)

# Countries, regions and cities that the news of this domain names, in French and English: the
# gazetteer's (text/data/places.json), but for the cities' names that are also given names.
PLACES = frozenset(filter(None, map(normalize_name, place_names(arabic=False))))

# Nationality adjectives (masculine singular, French then English); feminine and plural French forms
# are derived below. Capitalised in French when they name a person ("l'Allemand Jürgen Stock").
_NATIONALITY_STEMS = (
    "marocain, algerien, tunisien, libyen, mauritanien, egyptien, soudanais, saoudien, emirati, qatari, koweitien,"
    " bahreini, bahreinien, omanais, yemenite, jordanien, libanais, syrien, irakien, iranien, palestinien,"
    " israelien, turc, djiboutien, somalien, comorien, francais, espagnol, portugais, italien, allemand,"
    " autrichien, suisse, belge, neerlandais, hollandais, luxembourgeois, britannique, anglais, ecossais,"
    " irlandais, gallois, russe, ukrainien, polonais, roumain, hongrois, grec, suedois, norvegien, danois,"
    " finlandais, slovaque, slovene, croate, serbe, bulgare, tcheque, chypriote, maltais, islandais, estonien,"
    " letton, lituanien, americain, canadien, mexicain, bresilien, argentin, chilien, colombien, peruvien,"
    " venezuelien, cubain, chinois, japonais, coreen, indien, pakistanais, afghan, bangladais, indonesien,"
    " malaisien, singapourien, thailandais, vietnamien, philippin, australien, neo zelandais, senegalais, malien,"
    " nigerien, nigerian, tchadien, burkinabe, ivoirien, ghaneen, guineen, camerounais, gabonais, congolais,"
    " angolais, zambien, zimbabween, kenyan, ougandais, rwandais, burundais, tanzanien, ethiopien, erythreen,"
    " namibien, sud africain, malgache, mozambicain, beninois, togolais, liberien, gambien, centrafricain,"
    " europeen, africain, arabe, asiatique, hongkongais, taiwanais, kosovar, kurde, monegasque, saoudite,"
    " moroccan, algerian, tunisian, libyan, mauritanian, egyptian, sudanese, saudi, emirati, qatari, kuwaiti,"
    " bahraini, omani, yemeni, jordanian, lebanese, syrian, iraqi, iranian, palestinian, israeli, turkish,"
    " djiboutian, somali, comorian, french, spanish, portuguese, italian, german, austrian, swiss, belgian,"
    " dutch, british, english, scottish, irish, welsh, russian, ukrainian, polish, romanian, hungarian, greek,"
    " swedish, norwegian, danish, finnish, slovak, slovenian, croatian, serbian, bulgarian, czech, cypriot,"
    " maltese, icelandic, estonian, latvian, lithuanian, american, canadian, mexican, brazilian, argentine,"
    " argentinian, chilean, colombian, peruvian, venezuelan, cuban, chinese, japanese, korean, indian,"
    " pakistani, afghan, bangladeshi, indonesian, malaysian, singaporean, thai, vietnamese, filipino,"
    " australian, new zealander, senegalese, malian, nigerien, nigerian, chadian, burkinabe, ivorian,"
    " ghanaian, guinean, cameroonian, gabonese, congolese, angolan, zambian, zimbabwean, kenyan, ugandan,"
    " rwandan, burundian, tanzanian, ethiopian, eritrean, namibian, south african, malagasy, mozambican,"
    " beninese, togolese, liberian, gambian, european, african, arab, asian, emirian, emirien, macedonien,"
    " macedonian, albanais, albanian, bosniaque, bosnian, montenegrin, georgien, georgian, armenien, armenian,"
    " azerbaidjanais, azerbaijani, kazakh, ouzbek, uzbek, mongol, mongolian, nepalais, nepalese, sri lankais,"
    " sri lankan, birman, cambodgien, cambodian, laotien, soudanais du sud, seychellois, mauricien, mauritian,"
    " cap verdien, equato guineen, sierra leonais, sierra leonean, haitien, haitian, jamaicain, jamaican,"
    " bolivien, bolivian, equatorien, ecuadorian, paraguayen, uruguayen, uruguayan, guatemalteque, hondurien,"
    " salvadorien, nicaraguayen, panameen, dominicain, lituanien, biélorusse, bielorusse, belarusian, moldave,"
    " tadjik, tajik, kirghiz, kirghize, kyrgyz, turkmene, turkmen"
)


def _french_forms(stem: str) -> set[str]:
    """Masculine, feminine and plural forms of a folded French nationality adjective."""
    forms = {stem, stem + "s"}
    if stem.endswith("en"):
        fem = stem + "ne"
    elif stem.endswith("e"):
        fem = stem
    elif stem.endswith("c"):
        fem = stem + ("que" if stem == "grec" else "que" if stem == "turc" else "he")
    else:
        fem = stem + "e"
    forms |= {fem, fem + "s"}
    if stem.endswith("ais") or stem.endswith("s"):
        forms.add(stem)
    return forms


_NATIONALITY_FORMS = frozenset(f for s in _set(_NATIONALITY_STEMS) for f in _french_forms(s))
# Compound forms: "le Sud-Coréen", "Nord-Macédonien", "South Korean", "North Macedonian".
NATIONALITIES = _NATIONALITY_FORMS | frozenset(
    f"{side} {f}" for side in ("sud", "nord", "south", "north") for f in _NATIONALITY_FORMS if " " not in f
)

# Head nouns of organization names: a capitalised run holding one is an organization, never a person.
ORG_HEADS = _set(
    "office, direction, directorate, conseil, council, organisation, organization, organisation, union, ministere,"
    " ministry, agence, agency, bureau, service, services, cour, court, commission, comite, committee, federation,"
    " universite, university, mecanisme, mechanism, secretariat, alliance, communaute, community, ligue, league,"
    " association, institut, institute, academie, academy, fondation, foundation, banque, bank, parlement,"
    " parliament, assemblee, assembly, tribunal, parquet, prosecution, gendarmerie, police, surete, garde, guard,"
    " forces, force, observatoire, observatory, centre, center, groupe, group, fonds, fund, programme, program,"
    " haut commissariat, high commission, delegation, ambassade, embassy, consulat, consulate, senat, senate,"
    " gouvernement, government, administration, departement, department, division, brigade, unit, unite,"
    " command, commandement, corps, armee, army, marine, navy, douane, douanes, customs, autorite, authority,"
    " caisse, societe, company,"
    " compagnie, corporation, group, holding, entreprise, club, federation, confederation, syndicat, parti,"
    " party, mouvement, movement, front, coalition, reseau, network, plateforme, platform, initiative, forum,"
    " sommet, summit, conference, congres, congress, session, coupe, cup, championnat, championship, jeux,"
    " games, festival, prix, prize, award, trophee, trophy, convention, traite, treaty, accord, agreement,"
    " charte, charter, strategie, strategy, plan, vision, declaration, protocole, protocol, pacte, pact,"
    " interpol, europol, afripol, ameripol, aseanapol, gcc, nations, royaume, kingdom, republique, republic,"
    " emirat, emirate, etat, state, states, federal, sultanat, sultanate, principaute, principality,"
    # the heads of bodies named in their own language in French and English news ("Polícia Judiciária",
    # "Polizia di Stato", "Guardia Civil", "Ministerio del Interior", "Bundespolizei" aside)
    " policia, polizia, politie, polizei, politi, policja, guardia, guarda, gendarmeria, carabinieri,"
    " ministerio, ministero, direccion, direzione, direcao, servicio, servizio, comisaria, questura"
)

# Facilities and events named after persons ("Complexe Mohammed V", "Mohammed V University"): a name
# inside such a run is part of the place's name.
_FACILITY_WORDS = _set(
    "stade, stadium, avenue, boulevard, bd, rue, street, road, route, place, square, mosquee, mosque, aeroport,"
    " airport, hopital, hospital, chu, clinique, clinic, universite, university, lycee, college, ecole, school,"
    " faculte, faculty, fondation, foundation, prix, prize, award, trophee, trophy, complexe, complex, palais,"
    " palace, port, pont, bridge, barrage, dam, quartier, district, cite, hotel, parc, park, salle, hall, centre,"
    " center, campus, institut, institute, musee, museum, bibliotheque, library, theatre, theater, tour, tower,"
    " residence, club, marathon, festival, forum, sommet, summit, conference, congres, congress, session,"
    " coupe, cup, championnat, league, ligue, gare, station, mausolee, mausoleum, medersa, zaouia, jardin,"
    " garden, porte, gate, chaire, chair, ordre, order, wissam, medaille, medal, ere, era, regne, reign,"
    " programme, program, plan, initiative, academie, academy, caserne, base, promotion,"
    " embankment, quay, quai, auberge, castle, chateau, fort, fortress, citadelle, citadel, headquarters,"
    " causeway, crossing, tunnel"
)

# Facility words that are also common surnames ("Peter Hall", "Jae Park") never reject a name.
FACILITY_WORDS = _FACILITY_WORDS - _set(
    "hall, park, port, pont, place, porte, gate, garden, tower, tour, bridge, dam, residence, club, base, order,"
    " chair, station, cite, salle, jardin, road, route, square, district, quartier, ere, era, regne, reign, hotel,"
    " complex, ordre, promotion, college, program, plan, initiative, session"
)

# Lowercase name particles that may sit inside a Latin-script name ("Saif bin Zayed Al Nahyan").
PARTICLES = words(
    "bin ben ibn bint binte el al da de del della di do dos das van von der den ter ten ould ait ou abou abu"
)

# Name parts that need the next part: a name never ends on one of them.
OPENING_PARTICLES = words(
    "bin ben ibn bint el al da de del della di do dos das van von der den ter ould ait abou abu abd abdel"
)

# Given names common in the region's news (Arabic and Amazigh names in their French and English
# spellings, and common European names). A capitalised pair that starts with one is very likely a
# person even without any other cue.
GIVEN_NAMES = _set(
    # (and Mashreq and Gulf spellings the generated list lacks: "Hatem", "Yasser", "Haitham", "Rasha", "Reem")
    "hatem, hatim, yasser, yasir, waleed, hesham, ashraf, tamer, sherif, ayman, bassem, sameer, fadi, rami, ziad,"
    " issam, essam, hany, hani, haitham, mostafa, moustafa, rasha, abeer, hoda, reem, ghada, safa,"
    " mohamed, mohammed, muhammad, mohammad, mohamad, mhamed, ahmed, ahmad, hamed, hamid, mahmoud, mahmud,"
    " mustapha, mustafa, moustapha, abdallah, abdellah, abdullah, abdelaziz, abdulaziz, abdellatif, abdelatif,"
    " abdulatif, abdelkader, abdelkrim, abdelhak, abdelhamid, abdelmajid, abdelmadjid, abdulmajeed, abdelouafi,"
    " abdelwafi, abdelilah, abdeljalil, abdelghani, abdelali, abdelaaziz, abderrahmane, abderrahim, abderrazak,"
    " abdessamad, abdeslam, abdesselam, abdennabi, abdelmalek, abdelhadi, abdelmoumen, abdelfattah, abdelhafid,"
    " abdelkarim, abdelwahab, abdelmounaim, abdeltif, abdulrahman, abdulla, abdel, abd, ali, omar, umar, othmane,"
    " othman, osman, uthman, hassan, hasan, hussein, houcine, hussain, lahcen, lhoussaine, hicham, hichem, hisham,"
    " khalid, khaled, said, saad, saeed, saoud, saud, fahd, fahad, faisal, faycal, fayçal, nasser, naser,"
    " nacer, nasr, youssef, yousef, youssouf, yusuf, yussef, ibrahim, brahim, ismail, smail, smaïl, driss, idriss,"
    " idris, moulay, sidi, rachid, rashid, karim, kareem, kamal, kamel, jamal, djamel, nabil, adil, adel,"
    " imad, imed, walid, oualid, majid, madjid, naif, nayef, nawaf, badr, sultan, mansour, salah, saleh,"
    " salim, salem, aziz, anas, ayoub, bilal, hamza, zakaria, soufiane, sofiane, taha, tarik, tariq, tarek,"
    " yassine, yasin, yacine, younes, younous, yahya, mehdi, mahdi, mourad, morad, mounir, mouad, noureddine,"
    " nourredine, nour, azzedine, ezzeddine, abdelhakim, hakim, hakima, redouane, ridouane, rida, reda, ridha,"
    " riad, riyad, samir, sami, samy, sofien, taoufik, tawfik, toufik, fouad, fouzi, fawzi, faouzi, fathi,"
    " fethi, habib, hamdi, hedi, hadi, jalil, jaouad, jawad, khalil, lotfi, lofti, mokhtar, moktar, mounir,"
    " najib, nadir, omar, othmane, rachid, rafik, ramzi, saber, sabri, slim, slimane, soulaimane, sulaiman,"
    " suleiman, tahar, tayeb, wahid, yazid, zakaria, zine, zouhair, zoheir, abdelaziz, abdelkebir, aissa, issa,"
    " moussa, musa, haroun, harun, yacoub, yaqub, jaafar, jafar, hamad, hamdan, zayed, zayid, saif, sayf,"
    " khalifa, mubarak, rashed, rached, obaid, ubaid, sultan, turki, bandar, mishal, meshal, abdulrahman,"
    " abdulmohsen, majed, maher, marwan, mazen, nizar, ghassan, bassam, hazem, wael, wail, osama, oussama,"
    " usama, amr, amine, amin, lamine, mohcine, mohsine, mohsen, mustafa, nabih, kais, kaïs, qais, kaies,"
    " abdelmajeed, taieb, boubker, boubakar, aboubakr, abubakar, abou, abu, ould, driss, hammou, brahim, omar,"
    " fatima, fatma, fatiha, khadija, khadidja, aicha, aisha, meriem, maryam, mariam, nadia, nadja, leila,"
    " leïla, layla, laila, salma, selma, samira, samia, sanaa, souad, souad, hanane, hanan, najat, najla,"
    " nawal, nezha, nouzha, rachida, karima, latifa, malika, naima, zineb, zainab, zahra, zohra, asmaa, asma,"
    " amina, amal, hajar, houda, ilham, imane, iman, ikram, jamila, kenza, loubna, lamia, mouna, mona, nora,"
    " noura, rajae, rim, sara, sarah, siham, soukaina, widad, yasmine, yasmina, zakia, ghizlane, hafsa, hind,"
    " ibtissam, khaoula, manal, meryem, nisrine, oumaima, rania, safae, wafae, wafa, btissam, hayat, hasna,"
    # European and other common given names
    " jean, pierre, paul, jacques, michel, philippe, alain, bernard, christian, daniel, patrick, nicolas,"
    " francois, laurent, stephane, olivier, thierry, frederic, eric, pascal, didier, dominique, gerard, andre,"
    " rene, louis, lucas, hugo, thomas, julien, sebastien, vincent, antoine, emmanuel, jerome, mathieu, matthieu,"
    " bruno, marc, yves, claude, henri, xavier, guillaume, gilles, serge, fabrice, cedric, marie, anne,"
    " catherine, isabelle, sophie, nathalie, sylvie, christine, valerie, sandrine, celine, julie, camille,"
    " claire, helene, agnes, brigitte, martine, francoise, monique, elisabeth, elisabeth, laurence, veronique,"
    " john, james, robert, michael, william, david, richard, joseph, charles, christopher, matthew, anthony,"
    " mark, donald, steven, andrew, kenneth, joshua, kevin, brian, george, timothy, ronald, edward, jason,"
    " jeffrey, ryan, jacob, gary, nicholas, jonathan, stephen, larry, justin, scott, brandon, benjamin, samuel,"
    " gregory, alexander, frank, raymond, patrick, jack, dennis, jerry, tyler, aaron, jose, adam, henry,"
    " nathan, douglas, zachary, peter, kyle, walter, ethan, jeremy, harold, keith, christian, roger, noah,"
    " gerald, carl, terry, sean, austin, arthur, lawrence, jesse, dylan, bryan, joe, jordan, billy, bruce,"
    " albert, willie, gabriel, logan, alan, juan, wayne, roy, ralph, randy, eugene, vincent, russell, elijah,"
    " louis, bobby, philip, johnny, mary, patricia, jennifer, linda, barbara, susan, jessica, sarah, karen,"
    " lisa, nancy, betty, margaret, sandra, ashley, kimberly, emily, donna, michelle, carol, amanda, melissa,"
    " deborah, stephanie, rebecca, sharon, laura, cynthia, kathleen, amy, angela, shirley, anna, ruth,"
    " brenda, pamela, nicole, katherine, samantha, christine, emma, rachel, carolyn, janet, maria, heather,"
    " diane, julie, joyce, victoria, kelly, christina, lauren, joan, evelyn, olivia, judith, megan, cheryl,"
    " martha, andrea, hannah, jacqueline, ann, gloria, jean, kathryn, alice, teresa, sara, janice, doris,"
    " madison, julia, grace, judy, abigail, marie, denise, beverly, amber, theresa, marilyn, danielle, diana,"
    " brittany, natalie, sophia, rose, isabella, alexis, kayla, charlotte, ursula, angela, olaf, boris,"
    " rishi, tony, gordon, theresa, liz, emmanuel, giorgia, pedro, mario, matteo, sergio, luigi, giuseppe,"
    " giovanni, francesco, antonio, alessandro, marco, luca, andrea, paolo, roberto, stefano, luciana, carlos,"
    " manuel, miguel, francisco, javier, fernando, rafael, alejandro, luis, pablo, jorge, alberto, ramon,"
    " margarida, joao, ana, carmen, lucia, isabel, pilar, mercedes, karl, hans, heinz, jurgen, klaus, wolfgang,"
    " helmut, dieter, uwe, holger, frank, stefan, andreas, markus, thomas, horst, gunter, johannes, friedrich,"
    " angela, ursula, annalena, nancy, olaf, sergei, sergey, serguei, vladimir, dmitri, dmitry, alexei, alexey,"
    " nikolai, ivan, mikhail, andrei, yuri, igor, oleg, viktor, olga, tatiana, natalia, elena, irina, xi, li,"
    " wang, recep, mevlut, ahmet, mehmet, mustafa, kemal, hakan, ali, cyril, paul,"
    " william, macky, bassirou, ousmane, amadou, mamadou, moussa, ibrahima, cheikh, abdoulaye, boubacar, issa,"
    " moussa, idriss, felix, antoine, omer, benjamin, yair, naftali, isaac, avi, yossi"
)

# The hand-made list above, and the most common given names of the countries this archive's news names,
# from maintained data (`text/data/given_names.json`, names-dataset), less the words the lexicon knows
# as something else (function words, months, places, nationalities, titles, ranks, bodies' heads).
GIVEN_NAMES = GIVEN_NAMES | (
    frozenset(filter(None, map(normalize_name, given_names("latin"))))
    - FUNCTION_WORDS
    - MONTHS
    - PLACES
    - NATIONALITIES
    - TITLE_WORDS
    - ROLE_HEADS
    - RANKS
    - ORG_HEADS
)

# --------------------------------------------------------------------------------------------------
# Arabic script
# --------------------------------------------------------------------------------------------------

_CONJUNCTIONS = ("و", "ف")


@lru_cache(maxsize=200_000)
def akey(token: str) -> str:
    """Lookup key of an Arabic token: folded (hamza forms, ta marbuta, diacritics); cached."""
    return normalize_name(token)


# A title whose folded key is a common word's: "آمر" (commander, as Tunisia and Libya title the heads of
# their guards) folds onto "أمر" (an order, a matter; "ordered"). Its madda tells it apart: written so,
# it is keyed as its synonym "قائد".
_AR_MADDA_TITLE = "آمر"


def ar_word_key(word: str) -> str:
    """The key of an Arabic word as role phrases read it: `akey`, but "آمر" keyed as "قائد"."""
    return akey(word.replace(_AR_MADDA_TITLE, "قائد")) if _AR_MADDA_TITLE in word else akey(word)


def without_conjunction(k: str) -> str:
    """The key without a leading و/ف conjunction (callers decide whether the rest is a word)."""
    return k[1:] if len(k) > 2 and k[0] in _CONJUNCTIONS else k


def _clitic_forms(words: frozenset[str]) -> frozenset[str]:
    """Forms of folded Arabic words with an attached conjunction or preposition (و، ف، ب، ل، لل…)."""
    out = set(words)
    for w in words:
        for p in ("و", "ف", "ب", "ك"):
            out.add(p + w)
        if w.startswith("ال"):
            out |= {"لل" + w[2:], "بال" + w[2:], "وال" + w[2:], "فال" + w[2:], "ولل" + w[2:], "وبال" + w[2:]}
        else:
            out |= {"ل" + w, "ول" + w}
    return frozenset(out)


# Honorifics and ranks before a name. Those of AR_SURFACE_TITLES are kept in the surface.
AR_HONORIFICS = _set(
    "السيد, السيدة, الدكتور, الدكتورة, د, الأستاذ, الأستاذة, الأمير, الأميرة, الشيخ, الشيخة, الملك, الملكة,"
    " السلطان, ولي العهد, سمو, سمو الأمير, سمو الشيخ, معالي, سعادة, فخامة, جلالة, جلالة الملك, صاحب الجلالة,"
    " صاحب الجلالة الملك, صاحب السمو, صاحب السمو الملكي, صاحب السمو الملكي الأمير, صاحب السمو الشيخ,"
    " صاحبة السمو, اللواء, اللواء الركن, الفريق, الفريق أول, الفريق الركن, الفريق أول ركن, العميد, العميد الركن,"
    " العقيد, العقيد الركن, المقدم, الرائد, النقيب, الملازم, المشير, والي الأمن, المراقب العام, الحاج, الإمام,"
    # the rank of Sahel and West African generals as Arabic news writes it ("الجنرال عبد الرحمن تياني"),
    # and the French ranks of Maghreb generals transliterated, in two words or run together ("الجنرال دو كور
    # دارمي محمد …", "الجنرال دوكور دارمي …")
    " الجنرال, الجنرال دو كور دارمي, الجنرال دي كور دارمي, الجنرال دو ديفيزيون, الجنرال دي ديفيزيون,"
    " الجنرال دو بريغاد, الجنرال دي بريغاد, الجنرال دوكور دارمي, الجنرال ديكور دارمي, الجنرال دوديفيزيون,"
    " الجنرال ديديفيزيون, الجنرال دوبريغاد, الجنرال ديبريغاد,"
    " اللواء الدكتور, العميد الدكتور, الرئيس, المستشار,"
    # the engineer's style ("المهندس رامي …", as Gulf, Jordanian and Egyptian news write it)
    " المهندس, المهندسة,"
    # naval ranks ("نائب الأميرال عبد الحق …", "العميد البحري …", "العميد الركن البحري …")
    " الأميرال, نائب الأميرال, اللواء البحري, العميد البحري, العميد الركن البحري, الفريق البحري,"
    " العقيد البحري, العقيد الركن البحري, اللواء الركن البحري, القبطان, الربان, المقدم البحري,"
    # Malaysian styles ("داتوك سري أزمان …", Datuk Seri; "تان سري", Tan Sri)
    " داتوك, داتو, داتوك سري, داتو سري, تان سري, بوان سري"
)
AR_SURFACE_TITLES = _set("السيد, السيدة, الأمير, الأميرة, الشيخ, الشيخة, الملك, الملكة, السلطان")
AR_ROYAL = _set("الأمير, الأميرة, الشيخ, الشيخة, الملك, الملكة, السلطان, ولي العهد")
# Courtesy and royal titles alone: they style a person and state no office (no role of theirs).
AR_COURTESY = _set("السيد, السيدة, داتوك, داتو, داتوك سري, داتو سري, تان سري, بوان سري")
AR_COURTESY_TITLES = (
    AR_COURTESY
    | _set(
        "الدكتور, الدكتورة, د, الأستاذ, الأستاذة, الحاج, سمو, معالي, سعادة, فخامة, جلالة, صاحب, صاحبة,"
        " الجلالة, السمو, الملكي"
    )
    | AR_ROYAL
)

# Heads of role phrases ("وزير الداخلية", "المدير العام للأمن الوطني", "مرشح دولة قطر").
_AR_ROLE_BASE = _set(
    "مدير, المدير, مديرا, مديرة, المديرة, وزير, الوزير, وزيرة, الوزيرة, وزيرا, رئيس, الرئيس, رئيسة, الرئيسة,"
    " رئيسا, الأمين, أمين, أمينا, الأمينة, أمينة, سفير, السفير, سفيرة, السفيرة, سفيرا, الوالي, والي, واليا,"
    " عامل, العامل, محافظ, المحافظ, قائد, القائد, مستشار, المستشار, مستشارة, المستشارة, وكيل, الوكيل, وكيلة,"
    " نائب, النائب, نائبا, نائبة, مفوض, المفوض, مفوضة, ممثل, الممثل, ممثلة, ممثلا, مرشح, المرشح, مرشحة,"
    " المرشحة, مرشحا, مندوب, المندوب, مندوبا, مندوبة, القائم, قائم, الناطق, ناطق, المتحدث, متحدث, عضو, العضو,"
    " عضوا, خبير, الخبير, منسق, المنسق, الكاتب, كاتب, المفتش, مفتش, مراقب, المراقب, قاضي, القاضي, المدعي,"
    " الملحق, ملحق, قنصل, القنصل, زعيم, الزعيم, المكلف, مكلف, المنتدب, الموفد, موفد,"
    " المبعوث, مبعوث, الممثل الدائم, رئيس الحكومة, رئيسة الحكومة, ولي العهد, قائد, الوكيل العام, وكيل الملك,"
    " الكاتب العام, الكاتب الدائم, المراسل, مراسل, الصحفي, صحفي, الباحث, باحث, البروفيسور, الأستاذ,"
    " أمير, أميرا, أمير البلاد, أمير دولة,"
    # feminine titles with the article ("روث …، الممثلة الإقليمية لمكتب …")
    " الممثلة, النائبة, المفوضة, المندوبة, الوكيلة, القائدة, المنسقة, الخبيرة, المفتشة"
)
# A title with an attached possessive names the holder by the body just named ("الإنتربول، التي ثمن
# أمينها العام X", "رئيسه", "مديرتها العامة"): the indefinite single-word titles with the pronouns.
_AR_POSSESSIVES = ("ه", "ها", "هم", "هما")
# "his counterpart" ("ونظيره التونسي، مراد بن حسين"), a title only with its pronoun: "نظير" alone is
# also "in return for" ("نظير جهوده"); it names another person, never a body
AR_COUNTERPART = _set("نظيره, نظيرها, نظيرته, نظيرتها")
# Definite as an 'ال-' word is: a name may follow it directly ("رئيسه كوامي أوسيي").
AR_ROLE_POSSESSED = (
    frozenset(
        (w[:-1] + "ت" if w.endswith("ه") else w) + pronoun  # a folded ta marbuta is written ت before them
        for w in _AR_ROLE_BASE
        if " " not in w and not w.startswith("ال") and not w.endswith("ا")
        for pronoun in _AR_POSSESSIVES
    )
    | AR_COUNTERPART
)
AR_ROLE_BASE = _AR_ROLE_BASE | AR_ROLE_POSSESSED
AR_ROLE_WORDS = _clitic_forms(AR_ROLE_BASE)

# Arabic nationality adjectives, masculine with article; feminine (ة) and indefinite forms derived.
_AR_NATIONALITY_BASE = _set(
    "المغربي, الجزائري, التونسي, الليبي, الموريتاني, المصري, السوداني, السعودي, الإماراتي, القطري, الكويتي,"
    " البحريني, العماني, اليمني, الأردني, الفلسطيني, اللبناني, السوري, العراقي, الإيراني, التركي, الفرنسي,"
    " الإسباني, الإيطالي, الألماني, البريطاني, الأمريكي, الأميركي, الروسي, الصيني, الياباني, الهندي,"
    " الباكستاني, البرازيلي, الأرجنتيني, المكسيكي, الكندي, البلجيكي, الهولندي, السويسري, النمساوي,"
    " البرتغالي, اليوناني, السويدي, النرويجي, الدنماركي, الفنلندي, البولندي, الأوكراني, الروماني, المجري,"
    " التشيكي, السلوفاكي, الإثيوبي, الكيني, النيجيري, السنغالي, المالي, النيجري, التشادي, الإيفواري, الغاني,"
    " الكاميروني, الأوغندي, الرواندي, الإسرائيلي, الأفغاني, الإندونيسي, الماليزي, الكوري, الأسترالي,"
    " الإيرلندي, الأيرلندي, الاسكتلندي, الإسكتلندي, الأوروبي, الإفريقي, الأفريقي, العربي, الخليجي, الأممي,"
    " الأمريكي, الجيبوتي, الصومالي, القمري, الناميبي, الزامبي, الأنغولي, الكونغولي, الغابوني, البنيني,"
    " التوغولي, الليبيري, الإريتري, التنزاني, السلوفيني, الكرواتي, الصربي, البلغاري, القبرصي, المالطي,"
    " الأيسلندي, الإستوني, اللاتفي, الليتواني, الكوبي, الكولومبي, البيروفي, الفنزويلي, التشيلي, الفيتنامي,"
    " التايلندي, الفلبيني, السنغافوري, البنغلاديشي, النيوزيلندي, الأذربيجاني, الكازاخستاني, الأوزبكي,"
    " المقدوني, الألباني, البوسني, الجورجي, الأرمني, المنغولي, النيبالي, السريلانكي, الموريشيوسي, الموزمبيقي,"
    " الملغاشي, البوركينابي, الغيني, الزيمبابوي, البوروندي, الأوزبكستاني, الطاجيكي, التركمانستاني, البيلاروسي"
)


def _ar_nationality_forms(words: frozenset[str]) -> frozenset[str]:
    out: set[str] = set()
    for w in words:
        stem = w[2:] if w.startswith("ال") else w
        for form in (w, stem, w + "ه", stem + "ه"):  # folded ta marbuta is ه
            out.add(form)
    return _clitic_forms(frozenset(out))


# Second words of compound nationalities ("الكوري الجنوبي", "السوداني الجنوبي").
AR_NATIONALITY_SIDES = _ar_nationality_forms(_set("الجنوبي, الشمالي, الشرقي, الغربي"))
AR_NATIONALITIES = _ar_nationality_forms(_AR_NATIONALITY_BASE) | AR_NATIONALITY_SIDES
# Only the substantive masculine form can stand for a person ("البرازيلي فالديسي أوركيزا").
AR_NATIONALITY_PERSON = _clitic_forms(_AR_NATIONALITY_BASE)

AR_PLACES = _clitic_forms(frozenset(filter(None, map(normalize_name, place_names(arabic=True)))))

AR_MONTHS = _clitic_forms(
    _set(
        "يناير, فبراير, مارس, أبريل, إبريل, ماي, مايو, يونيو, يونيه, يوليوز, يوليو, يوليه, غشت, أغسطس, شتنبر, سبتمبر,"
        " أكتوبر, نونبر, نوفمبر, دجنبر, ديسمبر, كانون, شباط, آذار, نيسان, أيار, حزيران, تموز, آب, أيلول, تشرين,"
        " جانفي, فيفري, أفريل, جوان, جويلية, أوت, محرم, صفر, ربيع, جمادى, رجب, شعبان, رمضان, شوال, ذو القعدة,"
        " ذو الحجة"
    )
)

# Words that end a name or cannot belong to one: prepositions, conjunctions, pronouns, relatives,
# demonstratives, common reporting verbs and nouns that follow names in news prose.
AR_STOP_BASE = _set(
    "في, من, عن, مع, حول, خلال, بين, عند, منذ, ضد, نحو, عبر, دون, بعد, قبل, أمام, وراء,"
    " تحت, فوق, لـ, و, أو, ثم, أن, إن, أنه, إنه, لكن, بل, كما, قد, لقد, لم, لن, لا, ما, هل, الذي, التي, الذين,"
    " اللذين, اللتين, اللاتي, هو, هي, هم, هن, وهو, وهي, وهم, هذا, هذه, ذلك, تلك, هؤلاء, أولئك, كل, بعض, غير,"
    " أركان,"  # "قائد أركان الدرك", "رئيس أركان الجيش": the staff of a force, no name
    " سوى, أي, إذ, إذا, حيث, عندما, بينما, فيما, كان, كانت, يكون, تكون, ليس, وقد, فقد, قال, أكد, أوضح, أشار, أضاف,"
    " اعتبر, شدد, دعا, أعلن, استعرض, قدم, ألقى, ترأس, افتتح, شارك, حضر, هنأ, نوه, جدد, تسلم, سلم, استقبل,"
    " أجرى, عقد, وقع, أشاد, عبر, أبرز, لفت, ذكر, يذكر, يشار, نقل, بحضور, بمشاركة, برئاسة, بصفة, بصفته, بصفتها, عقب,"
    " إثر, لدى, وفق, حسب, بحسب, وفقا, طبقا, إضافة, فضلا, علاوة, جانب, بدوره, بدورها, جهته, جهتها, جانبه,"
    " جانبها, كلمة, كلمته, كلمتها, الكلمة, بلاغ, بيان, تصريح, الوفد, وفد, الدورة, دورة, المؤتمر, مؤتمر,"
    " الاجتماع, اجتماع, الجلسة, جلسة, أشغال, أعمال, عدد, عددا, جملة, مجموعة, نحو, حوالي, أكثر, أقل, نفس,"
    " ذات, المملكة, الدولة, دولة, الدول, بلد, البلد, المدينة, مدينة, العاصمة, عاصمة, القارة, قارة, منطقة,"
    " المنطقة, هامش, مقر, علم, شكر, وسام, الجمعية, جمعية, اللجنة, لجنة,"
    " المنظمة, منظمة, المجلس, مجلس, الجامعة, جامعة, الأمانة, أمانة, المديرية, مديرية, الشرطة, شرطة, الأمن, أمن,"
    " الوطني, الوطنية, العام, العامة, الدولي, الدولية, الإقليمي, الإقليمية, العربي, العربية, ممثلي, ممثلين,"
    " رؤساء, قادة, وزراء, مسؤولي, مسؤولين, أعضاء, المشاركين, المشاركة, المشارك, المرافق, رفقة, برفقة, يرافقه,"
    " ويرافقه, تصوير, الصورة, صورة, بقلم, إعداد, متابعة, شارك, الخبر, اقرأ, أيضا, المزيد, التعليق, الاسم,"
    " الأحد, الاثنين, الإثنين, الثلاثاء, الأربعاء, الخميس, الجمعة, السبت, اليوم, أمس, غدا, صباح, مساء, يوم, سنة,"
    " يومي, يومين, يوما,"  # "on the two days": "… سانشيز يومي 1 و2 فبراير"
    " عام, شهر, الأسبوع, فاتح, الجاري, المنصرم, المقبل, الماضي, مندوبي, وفود, ممثلو, ممثلون, مشاركة, بلاغ,"
    " سنوات, سنتين, أعوام, أشهر, شهور, أيام, ساعات, أسابيع,"
    # adverbial accusatives that open a phrase after a name ("خلفا لـ…", "بدلا من…", "تقديرا لـ…")
    " خلفا, بدلا, عوضا, تقديرا, تأكيدا, تعبيرا, تجسيدا, نظرا, استنادا, انطلاقا, تنفيذا, تفعيلا, دعما, تعزيزا,"
    # a counterpart, named after the host: "وزير الداخلية محمد الأزهر بوقرة ونظيره الجزائري …"
    " نظير, نظيره, نظيرها, نظيرته, نظيريه, نظراء, نظرائه, نظرائهم, نظيرهم,"
    # the eulogy after a deceased person's name ("نايف بن عبدالعزيز رحمه الله", "طيب الله ثراه")
    " رحمه, رحمها, رحمهما, رحمهم, تغمده, طيب,"
    # "among them" before the persons a group holds ("من بينهم …", "ومنهم …")
    " بينهم, بينهن, منهم, منهن, أبرزهم,"
    # prepositions with a pronoun ("استحضرت فيها", "أكد عليها"): no name's word
    " فيه, فيها, فيهما, فيهم, عليه, عليها, عليهم, منه, منها, عنه, عنها, عنهم, معه, معها, معهم, إليه, إليها,"
    " إليهم, له, لها, لهم, به, بها, بهم, لديه, لديها, عندها, عنده"
)

# Nouns that open the object of a verb placed before its subject's name ("استعرض … توفيق بن عمر نتائج …",
# "واستعرض المدير زياد الخصاونة التقرير السنوي"): no name's word, bare or with the article.
_OBJECT_NOUNS = _set(
    "تقرير, خطة, مشروع, اتفاقية, مذكرة, عرض, شرح, ملخص, مقترح, توصيات, حصيلة, رسالة,"
    " نتائج, تجربة, تجارب, جهود, رؤية, خارطة, برنامج, أهمية, ضرورة, دور, استعداد, التزام, رغبة, موقف, تفاصيل,"
    " مستجدات, واقع, حرص, إرادة, آخر, أبرز, آفاق, سبل, مقاربة, استراتيجية, معطيات, إحصائيات,"
    " استضافة, تنظيم, إطلاق, اعتماد, إنشاء, توقيع, مواصلة, تكثيف, تطوير, تبادل, ترشيح, احتضان, استقبال,"
    # what is handed over or taken up ("سلم … إبراهيم ولد سالم رئاسة المؤتمر إلى …")
    " رئاسة, قيادة, زمام, مقاليد, مسؤولية, مهام,"
    # the talks held ("يجري اللواء … لقاءات ثنائية مع نظرائه", "أجرى الوزير … مباحثات مع …")
    " لقاء, لقاءات, اجتماعات, محادثات, مباحثات, مشاورات, مفاوضات, اتصالات, زيارة, زيارات"
)
# (the torch handed over only with its article: bare, "مشعل" is a Gulf given name, Mishaal)
AR_STOP_BASE = AR_STOP_BASE | _OBJECT_NOUNS | frozenset("ال" + word for word in _OBJECT_NOUNS) | _set("المشعل")
AR_STOP = _clitic_forms(AR_STOP_BASE)
# Prepositions ending in alef maqsura fold onto names ("على" → "علي" = Ali): they are compared unfolded.
AR_STOP_RAW = frozenset(
    p + w for w in ("على", "إلى", "الى", "حتى", "لدى", "سوى", "متى", "عليه", "إليه") for p in ("", "و", "ف")
)
# Number words, also with a preposition glued ("لأربع سنوات", "بخمسة").
AR_NUMBERS = _clitic_forms(
    _set(
        "واحد, واحدة, اثنان, اثنين, ثلاث, ثلاثة, أربع, أربعة, خمس, خمسة, ست, ستة, سبع, سبعة, ثمان, ثماني, ثمانية,"
        " تسع, تسعة, عشر, عشرة, عشرين, ثلاثين, أربعين, خمسين, مائة, مئة, مائتي, ألف, آلاف, مليون, مليار, نصف, ربع"
    )
)

AR_PARTICLES = _set("بن, ابن, بنت, آل, أبو, أبي, أبا, ولد, آيت, أيت, ذو, ذي")
# Parts that open a compound with the next part ("عبد اللطيف", "أبو بكر", "آيت وعلي", "نور الدين").
AR_COMPOUND_OPENERS = _set("عبد, أبو, أبي, أبا, آل, آيت, أيت, ذو, ذي, بن, ابن, بنت, ولد, مولاي, سيدي, لالة")
AR_COMPOUND_CLOSERS = _set("الدين, الله, الإسلام, الرحمن, الرحيم")

_AR_GIVEN_NAMES_LISTED = _set(
    "محمد, أحمد, محمود, مصطفى, علي, حسن, حسين, الحسن, الحسين, عمر, عثمان, يوسف, إبراهيم, إسماعيل, إدريس, خالد,"
    " سعيد, سعد, سعود, فهد, فيصل, ناصر, نصر, منصور, سلطان, سلمان, عبدالله, عبد الله, عبدالعزيز, عبدالرحمن,"
    " عبدالمجيد, عبداللطيف, عبدالإله, عبدالكريم, عبدالقادر, عبدالحميد, عبدالحق, عبدالسلام, عبدالرحيم,"
    " عبدالواحد, عبدالوافي, عبدالغني, عبدالهادي, عبدالمالك, عبدالفتاح, عبدالحكيم, عبدالجليل, عبدالرزاق,"
    " عبدالصمد, عبدالنبي, عبدالعالي, عبدالمنعم, عبدالوهاب, عبدالمحسن, مولاي, سيدي, رشيد, كريم, كمال, جمال,"
    " نبيل, عادل, عماد, وليد, ماجد, نايف, نائف, نواف, بدر, صالح, سالم, سليم, سليمان, عزيز, أنس, أيوب, بلال,"
    " حمزة, زكرياء, زكريا, سفيان, طه, طارق, ياسين, يونس, يحيى, المهدي, مهدي, مراد, منير, معاذ, نور الدين,"
    " عز الدين, صلاح الدين, نورالدين, رضوان, رضا, رياض, سمير, سامي, توفيق, فؤاد, فوزي, فتحي, حبيب, حمدي, هادي,"
    " جليل, جواد, خليل, لطفي, مختار, نجيب, نادر, رفيق, رمزي, صابر, صبري, الطاهر, الطيب, وحيد, يزيد, زين,"
    " زهير, عيسى, موسى, هارون, يعقوب, جعفر, حمد, حمدان, زايد, سيف, خليفة, مبارك, راشد, عبيد, تركي, بندر, مشعل,"
    " ماهر, مروان, مازن, نزار, غسان, بسام, حازم, وائل, أسامة, عمرو, أمين, الأمين, أمير, محسن, قيس, هشام, حسام,"
    " أيمن, باسم, شريف, عصام, هاني, هيثم, وسيم, ياسر, لحسن, حميد, عبد, أبو, فاطمة, خديجة, عائشة, مريم, نادية,"
    " ليلى, سلمى, سميرة, سامية, سناء, سعاد, حنان, نجاة, نجلاء, نوال, نزهة, رشيدة, كريمة, لطيفة, مليكة, نعيمة,"
    " زينب, الزهراء, أسماء, أمينة, أمل, هاجر, هدى, إلهام, إيمان, إكرام, جميلة, كنزة, لبنى, لمياء, منى, نورة,"
    " رجاء, ريم, سارة, سهام, وداد, ياسمين, زكية, غزلان, حفصة, هند, ابتسام, خولة, منال, نسرين, أميمة, رانيا,"
    " صفاء, وفاء, حياة, حسناء, جون, جان, بيير, بول, ميشيل, فيليب, لوكا, لوكاس, ماريا, ماري, كارل,"
    " سيرغي, فلاديمير, ديفيد, جيمس, ريتشارد, توني, إيمانويل, فرانسيسكو, كارلوس, خوسيه, أنطونيو,"
    " عبدالمجيد, حسان, عبد الوافي, عبد اللطيف, عبد العزيز, عبد الرحمن, جاسم, جابر, ثامر, تميم, حمود, مشاري,"
    " طلال, هزاع, طحنون, ذياب, متعب, مساعد, عبدالله, غانم, ضاحي, سعيد, عز, نور, صلاح, علاء, محي, محيي, بهاء,"
    " شمس, تقي, خير, فخر, فريد, غادة, عبير, دانة, شيخة, موزة, لولوة, مها, نوف, هيفاء, جلال, رائد, هاشم,"
    " عاطف, شوقي, مجدي, ممدوح, محفوظ, مسعود, مصطفى, نذير, بشير, منذر, أنور, شكري, هلال,"
    # women's names, which the generated list leaves out (more often common nouns there): officials
    # are women too ("السفيرة نبيلة …", "العميد شرطة آمنة …")
    " آمنة, نبيلة, نائلة, سلوى, فتيحة, حليمة, فوزية, صفية, سمية, بشرى, ثريا, شيماء, دينا, هالة, ريهام, نهى,"
    " ميرفت, نجوى, سوسن, عفاف, فايزة, نادين, لينا, رنا, ديما, سهى, فدوى, نزيهة, وهيبة, زبيدة, جليلة, نبيهة,"
    # European and Latin American given names as Arabic news writes them ("لويس لوجيي", "فرناندو غراندي")
    " لويس, مارك, فرناندو, روبرت, هنري, فرانسوا, لوران, برونو, ماتيو, أوليفييه, كريستوف, ستيفان, نيكولا,"
    " أليخاندرو, خوان, بيدرو, مانويل, ميغيل, رافائيل, ماركو, جوزيبي, ماريو, كريستينا, توماس, مايكل, بيتر,"
    " كلاوس, هانز, يورغن, أندريه, جيرالد, ماتيا, أنطوان, إيريك, باتريك, دانيال, ألبرتو, روبرتو,"
    # West African names as Arabic news writes them ("مامادو لامين فاي", "إبراهيما تراوري")
    " مامادو, ممادو, أمادو, لامين, إبراهيما, سيدو, باكاري, باباكار, عمادو, عيساتا, أداما, سليمانا, ماكي"
)
# The hand-made list above, and the Arabic given names generated from maintained data
# (text/build_given_names.py), less the words this lexicon knows as something else.
AR_GIVEN_NAMES = _AR_GIVEN_NAMES_LISTED | (
    frozenset(map(akey, given_names("arabic")))
    - AR_STOP
    - AR_ROLE_WORDS
    - AR_PLACES
    - AR_NATIONALITIES
    - AR_HONORIFICS
    - AR_MONTHS
    - AR_NUMBERS
)


# Given names that are different names though their consonants are the same, so that the name keys
# (people.name_keys: skeletons without vowels) cannot tell them apart: "Mahmoud" and "Mohamed" are both
# "mhmd", "Hassan" and "Hussein" "hsn", "Omar", "Amr" and "Ammar" "mr". Each line is one name in its usual
# Latin spellings and its Arabic one; a spelling read both ways ("Hamid" for حميد and for حامد) is in none.
# Two names of different lines are two persons' given names (people.identity: a suggestion at most).
_GIVEN_NAME_FAMILIES = (
    "mohamed, mohammed, muhammad, mohamad, mohammad, muhammed, mouhamed, mohamud, mouhammad, muhamad, mohd, mehmet,"
    " محمد",
    "mahmoud, mahmud, mahmood, mahmut, محمود",
    "ahmed, ahmad, ahmet, احمد",
    "hamad, حمد",
    "hammoud, hamoud, hamud, حمود",
    "hamdi, hamdy, حمدي",
    "hassan, hasan, hassen, hassane, حسن",
    "hussein, hussain, houssein, hocine, houcine, husain, husayn, hussien, hossein, hussin, حسين",
    "hosni, husni, hosny, حسني",
    "omar, omer, umar, عمر",
    "amr, amro, عمرو",
    "ammar, عمار",
    "amer, aamer, عامر",
    "amir, ameer, امير",
    "saad, saâd, سعد",
    "said, saeed, saied, سعيد",
    "saoud, saud, سعود",
    "souad, suad, سعاد",
    "asaad, asad, assaad, اسعد",
    "karim, kareem, كريم",
    "karima, kareema, كريمه",
    "samir, sameer, سمير",
    "samira, sameera, سميره",
    "amin, amine, ameen, امين",
    "amina, aminah, امينه",
    "ayman, aymen, ايمن",
    "iman, imane, ايمان",
    "jamal, djamel, jamel, gamal, جمال",
    "jamil, djamil, jameel, gamil, جميل",
    "ali, aly, علي",
    "alaa, alae, علاء",
    "fouad, fuad, foued, فواد",
    "fadi, fady, فادي",
    # ("Rashid" and "Salim" are the Gulf's spellings of راشد and سالم as well: in none)
    "rachid, rachide, رشيد",
    "rached, rashed, راشد",
    "salem, سالم",
    "selim, saleem, سليم",
    "nasser, naser, nacer, ناصر",
    "nasr, نصر",
    "hani, hany, هاني",
    "hanane, hanan, حنان",
    "bachir, bashir, bechir, بشير",
    "bachar, bashar, بشار",
)
_GIVEN_NAME_FAMILY = {name: n for n, line in enumerate(_GIVEN_NAME_FAMILIES) for name in _set(line)}


def given_name_family(word: str) -> int | None:
    """Which of the given names that share their consonants with another a folded word spells, if any."""
    return _GIVEN_NAME_FAMILY.get(word)
