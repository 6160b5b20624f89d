// biome-ignore-all format: data tables are packed to keep the bundle small
/**
 * People often named alone in Maghreb and world news.
 * General knowledge, written as in the press (the lexicon folds case, accents, apostrophes, hyphens).
 */

import { phrases } from '../../util/tables.js';

/** Surnames and full names of people often mentioned (heads of state, ministers, officials, athletes, coaches, writers). */
export const KNOWN_PEOPLE: readonly string[] = /* @__PURE__ */ phrases(
  'Mohammed VI|Hassan II|Mohammed V|Moulay El Hassan|Moulay Rachid|Lalla Meryem|Lalla Asmaa|Lalla Hasnaa|' +
  'Lalla Salma|Lalla Khadija|Akhannouch|Bourita|Lekjaa|Laftit|Nadia Fettah|Fettah Alaoui|Ouahbi|Benmoussa|' +
  'Mezzour|Leila Benali|Sekkouri|Baitas|Talbi Alami|Enaam Mayara|Jouahri|Hammouchi|Yassine Mansouri|' +
  'Benkirane|El Othmani|Fatim-Zahra Ammor|Mehdi Bensaid|Nizar Baraka|Miraoui|Mohamed Saad Berrada|' +
  'Ahmed Toufiq|Ahmed Bouari|Abdessamad Kayouh|Tahraoui|Loudiyi|Jettou|Youssoufi|Hilale|Habib El Malki|' +
  'Lachguar|Benabdallah|Lahlimi|Chakib Alj|Benchaaboun|Terrab|Khalid Safir|Othman Benjelloun|' +
  'Moulay Hafid Elalamy|Elalamy|Bouayach|Zineb El Adaoui|Abdennabaoui|Fouad Ali El Himma|El Himma|' +
  'Fassi Fihri|André Azoulay|Ahmed Rahhou|Mustapha Ramid|Nabila Mounib|Ben Barka|Abdelkrim El Khattabi|' +
  'Regragui|Hakimi|Ziyech|Bounou|Bono|En-Nesyri|Amrabat|Saïss|Mazraoui|Aguerd|Ounahi|Boufal|Brahim Diaz|' +
  'Ezzalzouli|Akhomach|Ben Seghir|El Khannouss|El Kaabi|Achraf Dari|El Yamiq|Saibari|Amallah|Aboukhlal|' +
  'Hamdallah|Belhanda|Benatia|Hervé Renard|Halilhodzic|Taoussi|Sektioui|Chebbak|Naybet|Mustapha Hadji|' +
  'El Bakkali|El Guerrouj|El Moutawakel|Aouita|Rahimi|Tebboune|Chanegriha|Attaf|Lamamra|Larbaoui|' +
  'Benabderrahmane|Ghrieb|Bouteflika|Boumediene|Ben Bella|Bendjedid|Zeroual|Boudiaf|Belkhadem|Ouyahia|' +
  'Sellal|Gaïd Salah|Boughali|Goudjil|Bensalah|Chakib Khelil|Hachichi|Arkab|Kamel Daoud|Sansal|' +
  'Yasmina Khadra|Karim Tabbou|Hanoune|Bengrina|Aouchiche|Mahrez|Belmadi|Petkovic|Bennacer|Slimani|' +
  'Feghouli|Bounedjah|Aïssa Mandi|Aouar|Gouiri|Chaïbi|Aït-Nouri|Bensebaini|Youcef Atal|Belaïli|M\'Bolhi|' +
  'Madjer|Khelif|Nemour|Saïed|Nabil Ammar|Nafti|Madouri|Hachani|Najla Bouden|Zenzri|Sarra Zaafrani Zenzri|' +
  'Bouderbala|Ghannouchi|Ben Ali|Zine el-Abidine Ben Ali|Bourguiba|Caïd Essebsi|Essebsi|Marzouki|Mechichi|' +
  'Chahed|Fakhfakh|Taboubi|Abir Moussi|Jalel Kadri|Benzarti|Sami Trabelsi|Khazri|Msakni|Laïdouni|Mejbri|' +
  'Skhiri|Maâloul|Sliti|Jabeur|Hafnaoui|Mellouli|Ghazouani|Mohamed Ould Cheikh El Ghazouani|' +
  'Ould Abdel Aziz|Ould Djay|Merzoug|Ould Tah|Haftar|Saddam Haftar|Dbeibah|Menfi|Aguila Saleh|Kadhafi|' +
  'Gaddafi|Sarraj|Sissi|al-Sissi|Sisi|Madbouly|Abdelatty|Choukri|Shoukry|Moubarak|Mubarak|Morsi|' +
  'Gamal Abdel Nasser|Sadate|Mohamed Salah|Marmoush|Aboutrika|Aboul Gheit|Mahfouz|Oum Kalthoum|Netanyahu|' +
  'Netanyahou|Herzog|Gallant|Israel Katz|Smotrich|Ben Gvir|Lapid|Gantz|Sinwar|Haniyeh|Mahmoud Abbas|' +
  'Meshaal|Nasrallah|Naïm Qassem|Khamenei|Raïssi|Pezeshkian|Araghchi|al-Assad|Assad|al-Charaa|al-Sharaa|' +
  'MBS|Mohammed bin Salman|Mohammed ben Zayed|MBZ|Erdogan|Hakan Fidan|Joseph Aoun|Nawaf Salam|Mikati|' +
  'Abdallah II|Burhane|al-Burhane|Hemedti|Abiy Ahmed|Macron|Le Pen|Bardella|Jordan Bardella|Mélenchon|' +
  'Barnier|Bayrou|Lecornu|Attal|Élisabeth Borne|Castex|Édouard Philippe|Darmanin|Retailleau|Le Maire|' +
  'Jean-Noël Barrot|Séjourné|Catherine Colonna|Le Drian|Rachida Dati|Hollande|Sarkozy|Chirac|Mitterrand|' +
  'de Gaulle|Éric Lombard|Villepin|Dominique de Villepin|Zemmour|Ciotti|Wauquiez|Braun-Pivet|Glucksmann|' +
  'Mbappé|Deschamps|Zidane|Benzema|Griezmann|Dembélé|Platini|Ben Jelloun|Pedro Sánchez|Albares|Felipe VI|' +
  'Feijóo|Rajoy|Zapatero|Aznar|Abascal|Juan Carlos|Ronaldo|Messi|Ancelotti|Guardiola|Yamal|Trump|Biden|' +
  'Kamala Harris|Obama|Bill Clinton|Rubio|Blinken|Vance|Hegseth|Bessent|Yellen|Jerome Powell|Witkoff|Musk|' +
  'Bezos|Zuckerberg|Sam Altman|Pelosi|Lutnick|Massad Boulos|Jared Kushner|Christopher Ross|de Mistura|' +
  'Starmer|Sunak|Boris Johnson|Theresa May|David Cameron|Charles III|Elizabeth II|Farage|Scholz|Merz|' +
  'Merkel|Steinmeier|Baerbock|Meloni|Mattarella|Tajani|Draghi|von der Leyen|Charles Michel|António Costa|' +
  'Kallas|Borrell|Metsola|Lagarde|Rutte|Stoltenberg|Guterres|Tedros|Georgieva|Okonjo-Iweala|Rafael Grossi|' +
  'Audrey Azoulay|Khaled El-Enany|Moussa Faki|Mahmoud Ali Youssouf|Adesina|Infantino|Motsepe|Ceferin|' +
  'Blatter|Poutine|Putin|Lavrov|Medvedev|Peskov|Zelensky|Zelenskyy|Zelenskiy|Xi Jinping|Li Qiang|Wang Yi|' +
  'Ishiba|Kim Jong-un|Modi|Lula|Bolsonaro|Milei|Maduro|Trudeau|Ramaphosa|Tinubu|Macky Sall|Diomaye Faye|' +
  'Sonko|Ouattara|Tshisekedi|Kagame|Ruto|Goïta|Tiani|Ibrahim Traoré|Paul Biya|Faure Gnassingbé|Bazoum|' +
  'Doumbouya|Mahama|Mandela|Sadio Mané|Drogba|Eto\'o|Osimhen|Aliou Cissé|Pape Thiaw|Hugo Broos|Lookman|' +
  'Léon XIV'
);
