// biome-ignore-all format: data tables are packed to keep the bundle small
/**
 * Given names and name particles for person recognition.
 * General knowledge, written as in the press (the lexicon folds case, accents, apostrophes, hyphens).
 * Each table is one string of space-separated entries, written over lines that `+` joins (each line ends
 * with a space), split once at load: the bundle carries no quotes and commas per entry.
 */

import { prefixWords, words } from '../../util/tables.js';

/**
 * Given names frequent in Maghreb and world news (French transliterations, one spelling per element) and the
 * common given names of German, English, French, Spanish, Italian, Portuguese and Dutch (general knowledge),
 * sorted by code unit (`.sort()`: accented capitals such as `Élodie` last, where they break no run of shared
 * letters; the lexicon reads the names as a set, so their order is free), prefix-coded (`prefixWords`:
 * `Abdel 5ali` is Abdel, Abdelali; about 0.9 kB smaller gzipped than the plain list). Left out: names that are common words or places in
 * one of these languages (Will, Bill, Grace, Rose, Hope, May, Ella, Leon, Florence, Malte, Maurice, Victoria...).
 */
export const FIRST_NAMES: readonly string[] = /* @__PURE__ */ prefixWords(
  'Aaron 1bbas 2dallah 3e 4l 5ali 6tif 6ziz 5fattah 5ghani 5hadi 7fid 7k 8im 7mid 5ilah 5jalil 5kader 7rim ' +
  '6rim 5lah 7tif 5madjid 7jid 7lek 6oumen 5ouafi 8hab 9ed 5wahab 8ed 4nnour 4rrahim 8mane 7zak 4slam 5salem ' +
  '7mad 6elam 3ou 5laye 3ullah 2igail 3y 1chraf 1dam 2el 2il 2rian 6a 4en 2èle 1fef 2onso 1gathe 2nès 2uila ' +
  '3stín 1hcene 2mad 3ed 4t 1inhoa 2tor 1jay 1kinwumi 2li 1lain 3n 3ssane 2ban 3ert 6o 2ejandro 3ksander ' +
  '3ssandra 9o 5ia 6o 3x 4ander 7re 4eï 4is 2fonso 3red 6o 2i 3ce 4ia 3ou 3son 4tair 1madou 3l 3nda 3r 2el ' +
  '4ia 5e 2ina 5ta 4e 3r 4a 2mar 2r 2y 1na 3s 3ïs 2drea 6s 5w 4é 5s 3y 2gela 5ika 5o 3us 2is 2ja 2ke 2na ' +
  '4lena 5isa 3e 4-Claire 5Laure 5Sophie 4ke 4marie 4tte 3ie 4ka 2ouar 4k 2thony 3je 3oine 4n 5ella 5io 5y ' +
  '2war 1oife 1rezki 2jan 3en 2min 2naud 2thur 3uro 1shley 3raf 2ma 4a 2sia 4mi 2trid 1udrey 2rélie 7n 1xel ' +
  '1ymen 4ric 2oub 1zeddine 2iz 2zedine 1ïcha 2mene 2ssa Bachar 4ir 2dr 2ptiste 2rack 3bara 3t 2shar 3sem ' +
  '4irou 3tien 1eate 4riz 2goña 2lkacem 2nedict 6kt 3jamin 3ny 3oît 2ppe 2rnard 7o 4d 4hard 3t 4rand 2th ' +
  '3tina 4y 2zalel 1ilal 3ly 2rgit 1jörn 1landine 1obby 2la 2ris 3ja 2ualem 3chra 1radley 3him 3m 3ndon ' +
  '2egje 2ian 3ce 3gitte 3tta 2uno 1éatrice 2chir 2ji 2rénice Caio 3tlin 2llum 2mila 5le 2rina 3l 4a 4o 5s ' +
  '3men 4ine 3ol 5in 7e 3sten 2tarina 3herine 1haimae 3kib 3ntal 3rles 7-Henri 5ie 5otte 2eikh 2iara 2loe ' +
  '2okri 2ris 5ta 6elle 6ian 9e 7na 8e 6oph 9e 9er 2érif 1iaran 2nzia 1laire 3ra 3ude 5ia 6ne 6o 2emens ' +
  '2otilde 2émence 6t 1olette 3in 2nnor 3or 2ralie 3entin 3inna 6e 3nelis 3rado 1raig 2istian 8o 6na 1yril ' +
  '5le 1écile 2dric 2line Daan 2gmar 2lila 2mien 2n 3iel 6a 6e 6le 3ny 2rio 2ve 3id 5e 1ebora 6h 2clan ' +
  '2lphine 2nis 3nis 2tlef 1iana 4e 2dier 2ego 3ter 4mar 2ogo 3maye 2rk 1jamel 4ila 1mitri 1omenico 3inic ' +
  '6que 2nald 4tella 3na 2ris 3othy 2uglas 3nia 1riss 1uarte 2ncan 1ylan Ebrahim 1ckhard 1ddy 2gar 2oardo ' +
  '2uardo 2ward 1gon 1hud 1leanor 3na 2ias 3esse 3o 3sa 5betta 3zabeth 2ke 2len 3ie 3yes 2on 2s 2yes ' +
  '1manuela 7e 2il 4ia 5o 4y 2ma 4nuel 2na 1naam 2rico 4que 2zo 1oin 1rica 3k 4a 2ling 2nesto 2wan 3in ' +
  '1steban 4lle 3her 1than 2tore 1ugénie 1va 3n Fabian 4en 4o 3rice 5zio 2dwa 2isal 2nny 2ouzi 2rid 5a 3ouk ' +
  '3ès 2teh 3hallah 4i 3iha 4m 5-Zahra 5a 6-Zahra 3ma 2ure 2wzi 2yez 3çal 1ederica 7o 2lipe 2mke 2rdinand ' +
  '3hat 3iel 3nanda 7o 4ão 2thi 1idel 2lipa 5e 5po 2nn 2ona 2ras 1lavio 2orent 7ino 4ian 1ouad 3zi 1rancesca ' +
  '8o 5is 7co 5k 4k 5-Walter 4s 4ziska 4çois 8e 3ser 3uke 2iedemann 6r 7ike 5rich 3ts 4z 2édéric 1élix ' +
  'Gabriel 7a 7e 7la 2ia 2mal 2reth 3y 2spard 2uthier 2vin 2étan 2ël 4le 1eert 2mma 2neviève 3naro 2offrey ' +
  '3rg 5e 6s 2rd 3hard 3rit 4y 3t 1hassan 3zi 2islaine 3ta 3zlane 1iacomo 3ncarlo 4franco 4luca 4ni 4paolo ' +
  '2gi 2lbert 3es 3les 2orgia 6o 3vanna 7i 2sela 2ulia 6na 5o 3seppe 1onzalo 3çalo 1raham 2eg 4or 6y 3ta ' +
  '2égoire 1udrun 2ido 3llaume 5ermo 2nnar 2stav 6o 2y-Michel 1wenaël 4doline 1érald 6ine 4rd 3ôme 1ünter ' +
  '4her Habib 5a 2drien 2fez 3id 3sa 2jar 2kan 3im 5a 2lima 2mad 3dan 3id 4sh 3za 2nane 3na 5h 4eke 5s 4ibal ' +
  '3s 2rald 3old 3riet 4y 3tmut 2sna 5a 3san 6e 4en 2tem 2yat 1eather 2idi 3ke 4o 3nrich 4z 2len 5a 3ga 4e ' +
  '3mut 6h 2ndrik 3k 3ning 3ri 5k 6e 5que 4y 2rbert 3ibert 3mann 3nán 3vé 1iba 2cham 4em 2ldegard 3lary 2nd ' +
  '3rich 1ocine 2lger 2rst 2ssam 4ein 2ucine 3da 3ssam 5em 2ward 1ubert 2gh 3o 2ssein 2w 1éctor 2di 2loïse ' +
  '3ène Ian 1brahim 7a 2tissam 1dris 5s 6a 1gnacio 4zio 1ker 2ram 1laria 2ham 2ias 2se 2yas 1mad 3n 4e 2ed ' +
  '3n 2ogen 1nge 4borg 3o 3rid 2ès 1rene 2is 1saac 3bel 6la 7e 3ure 2maël 4ïl 2sa 4m 1tamar 2ziar 1vanka 2án ' +
  'JD 1aap 2ck 4y 3ob 3queline 6s 2ime 2ke 3ob 2lal 3el 2mal 3el 4s 3ie 4la 2n 3a 3e 4t 3ina 3neke 4ik 5s ' +
  '2ouad 2red 2son 3per 2vier 2wad 1ean 4-Baptiste 5Charles 7ristophe 6laude 5Dominique 5François 5Guy ' +
  '5Jacques 5Louis 6uc 5Marc 8ie 6ichel 5Noël 5Paul 6hilippe 6ierre 5Yves 4ne 2ff 4rey 2mima 2nnifer 4y 3s ' +
  '4en 2remiah 5y 3oen 4me 3ry 2ss 4e 4ica 3ús 1ill 2m 3my 1oachim 3na 4na 3quim 5ín 2chen 2e 3l 2hanna 6es ' +
  '3n 4ny 2landa 2n 3as 4than 3ny 2ost 2rdi 3ge 3is 2sef 4p 5h 4tte 3h 4ua 3iane 3é 4phine 2ão 1uan 2de 3ith ' +
  '2les 3ia 5n 6a 4e 5n 5tte 2stin 6e 2tta 1örg 1ürgen Kacem 2hina 2i 2ja 2mal 5a 3el 2outher 2ren 3im 5a 4n ' +
  '5e 3l 3oline 3sten 2te 3harina 4erine 4leen 4rin 5yn 3ie 3ja 3rin 3y 2wtar 2ylia 2ïs 1ees 2ir 3th 2lly 2n ' +
  '3neth 4y 3za 2rstin 2vin 1hadija 3led 4id 5fa 5l 3oula 1ieran 2lian 3lian 2mberly 2rsten 5y 1lara 3us ' +
  '1nut 1oen 2fi 2nrad 3stantin 1ristalina 5ina 1urt 1yle 3ian Laetitia 2hcen 2ia 3la 2khdar 2lla 2mia 4ne ' +
  '2ra 3bi 3issa 3ry 3s 2tifa 2ura 4e 5n 6ce 6t 2wrence 1ea 3ndro 2ila 3re 2na 3nart 2onardo 4ie 4or 2tizia ' +
  '2wis 1iam 4ine 2eke 2lia 5n 3y 2na 3da 4say 5ey 2onel 2sa 2z 1odewijk 2la 2redana 4na 5za 6o 3na 2tfi ' +
  '3har 3te 2ubna 3is 5a 5e 3nis 2ïc 1uc 3a 4s 3iana 6o 4e 3y 3ía 2dovic 3wig 2igi 3s 4a 2ka 4s 3e 1ydia 2es ' +
  '2nda 1éo M\'hamed 1aarten 2carena 3ky 2gali 3gie 2hamadou 6t 3di 3er 3moud 2ike 2jid 2lek 3ik 5a 2madou ' +
  '3oudou 2nal 3fred 3on 3sour 3uel 6a 2ra 3c 4-Antoine 4el 6lo 6o 4o 5s 4us 3eike 4n 3garet 6ida 5ux 4it ' +
  '3ia 5na 6o 4e 5-Christine 7laire 6France 6Hélène 6Pierre 5ke 5m 4na 5e 4o 5n 4sa 5ol 4us 3jolein 5rie 3k ' +
  '4us 3leen 5ne 4oes 3ouane 3ta 4in 6a 6e 3vin 3wan 3y 4am 2ssad 4imo 4oud 2teo 4us 3hias 5eu 5js 5lde 5s ' +
  '3ilde 3t 4eo 4hew 5ias 6eu 4ia 2ud 3ricio 5zio 4o 2x 3ence 3ime 5ilian 2ëlle 1egan 2hdi 3met 3rez 2ike ' +
  '2lania 6e 3issa 2nno 2riem 3yem 2ssaoud 1ia 2chael 4el 6a 6le 4èle 3kaël 2eke 2guel 2ke 3haïl 2reia 5lle ' +
  '3iam 3jam 3ko 1octar 2dou 2ez 2hamad 5ed 5mad 6ed 4nd 3cine 3sen 2khtar 2ncef 3dher 3gi 3ika 4que 3tassar ' +
  '4se 2ritz 2stafa 2uammar 3lay 4oud 3na 4ia 5r 3rad 3ssa 4tafa 6pha 1uhammad 2nir 2riel 2stafa 5pha 1yriam ' +
  '1árcio 1ónica Nabil 5a 2cer 2der 3ia 4ne 4r 3ège 2guib 2jat 3ib 3la 2na 2oufal 2rendra 2sser 4im 6a ' +
  '2talia 6e 3halie 5n 6iel 2waf 4l 2yef 2zim 2ïm 4a 1eil 2lly 3son 2rea 2srine 2ymar 2zha 1gozi 1iall 3mh ' +
  '2ccolò 3holas 3k 3o 4la 5e 5ás 5ò 2els 3nke 2gel 2klas 2ls 2na 2zar 1oah 2ra 3bert 2ur 4a 4eddine 4redine ' +
  '3ssair 2émie 1uno 2ria 1éjib Odile 1laf 2e 2fa 2iver 4ia 5er 1mar 1ns 1phélie 1riol 2nella 1scar 2man ' +
  '1thman 6e 2tavio 3o 2ávio 1uarda 2maima 4r 2smane 3sama 1wen Pablo 2loma 2ola 4o 2scal 2trice 6ia 6k 5zia ' +
  '2ul 4-Henri 4a 4ine 4o 1edro 2p 2rrine 2te 4r 3ra 1hil 4ip 6p 7e 1ia 2erluigi 4o 4re 6-Henri 7Yves 3ter ' +
  '4ro 1olly Quentin Rabah 2ched 5l 4id 6a 2fael 3faele 7la 3ik 2iner 2jaa 2lf 3ph 2mdane 3tane 3zan 4i 3ón ' +
  '2nia 2ouf 2phaël 2quel 2yan 3mond 2úl 1ebecca 2cep 2douane 2gina 2inhard 2mco 2nata 5e 5o 4ud 3e 3ske ' +
  '1hys 1iad 4h 2carda 6o 3cardo 3hard 3ky 2dha 2k 2m 2shi 2ta 2yad 1obbie 3ert 6a 6o 3in 2cco 3ío 2drigo ' +
  '2el 2ger 3ério 2land 3f 2main 4ne 2nald 4n 2ry 2salía 4nna 3eline 3s 4ella 1ubén 2i 2pert 2ssell 2tger 3h ' +
  '2ud 1yad 3n 2m 1éda 2gis 2mi 3y 1üdiger Saad 2ber 3ine 3ri 5na 2cha 2dio 3ok 2ida 2lah 5eddine 3im 5a 3ly ' +
  '3ma 5n 6e 3oua 3vatore 3wa 2m 3antha 3i 4a 4r 5a 3uel 2na 4a 3der 4ra 5ine 5o 3ne 3tiago 2ra 4h 3ra 2scha ' +
  '3kia 2âdeddine 2ïd 1cott 1eamus 3n 2bastian 2ddik 2if 2lim 3ma 2rena 3ge 5y 4i 5o 4ueï 1haron 1idi ' +
  '2egfried 3tse 2fi 2grid 2ham 3em 2lke 3via 5o 2mon 5a 5e 2obhan 1joerd 1kander 1lim 4ane 1ofia 5ne 3yan ' +
  '2lène 2nia 3ja 2phia 5e 2uad 3fiane 3kaina 3leymane 3maya 1taffan 2efan 6ia 7e 6o 4fen 3lla 3phan 7ie 5en ' +
  '3ve 5n 2ijn 2uart 2éphane 1usan 5a 5ne 2zanne 1ven 4ja 1ylvain 4iane 5e 1ébastien 2golène 2verine Tahar ' +
  '2mim 2nguy 3ja 2oufik 2rek 3ik 4q 2tiana 2wfik 2yeb 2ïeb 1ed 2resa 3ry 2ssa 2un 1heo 3resa 2iago 3bault ' +
  '6t 3erry 3js 2omas 3rsten 1iago 2jani 2lman 3o 2m 3o 4thy 6ée 2na 3hinane 2phaine 2ziana 1jeerd 1obias 3y ' +
  '2dd 2m 3maso 4y 3ás 2ny 2rsten 2uria 1racey 4y 2istan 1yler Udo 1lf 2i 2la 2rich 4ke 1mberto 1nai 1rsula ' +
  '1te 1we Valentin 8a 8e 4ria 6o 3érie 2nessa 2sco 1erena 3ónica 1icente 3tor 2ncent 6zo 3ícius 2ttorio ' +
  '2vien 1ladimir 1olker 3odymyr 1éronique 1ítor Wael 2fa 4a 2hbi 2jdi 2lid 3ter 4raud 2rren 2ssim 2yne ' +
  '1endy 2rner 1idad 3ed 2ebke 2lfried 3helm 3lem 6ijn 4iam 3ma 2m 2nfried 1olfgang 2uter Xavi 4er 1i 2mena ' +
  'Yacine 2hia 3ya 2mina 2nn 4ick 5s 2smina 6e 3ser 4ine 2zid 2ël 2ïr 1oann 3v 2hann 2landa 2sra 2ucef 3nes ' +
  '6s 3ssef 5ouf 1ulia 2suf 1ves 2onne Zach 4ary 2hia 3ra 2inab 2karia 3ia 2yed 1eineb 1iad 2ed 2ne 4b 4dine ' +
  '1oe 2hra 2ubir 3hair Álvaro Édouard 1glantine 1lisabeth 2odie 3ïse 1meline 2ile 4ie 1ric 1tienne Íñigo'
);

/** Particles that sit inside personal names (`Ben`, `Ould`, `El`, `de`, `von`...), bare forms without hyphen. */
export const NAME_PARTICLES: readonly string[] = /* @__PURE__ */ words(
  'Ben Bin Ibn Ibnou Bent Bint El Al Ould Ag Ait Abou Abu Bou Moulay Mulay Sidi Lalla Bel Mint Ech Abd de ' +
  'du des d\' da dal di del della dos das van von der den ten ter zu Mac Mc Saint Sainte St'
);
