#pragma once

#include <array>

namespace tukipolku::demo {

// Common names in Finland, for fictional demo families only.
inline constexpr std::array finnishLastNames{
    "Korhonen", "Virtanen", "Mäkinen", "Nieminen", "Mäkelä", "Hämäläinen", "Laine", "Heikkinen", "Koskinen",
    "Järvinen", "Lehtonen", "Lehtinen", "Saarinen", "Salminen", "Heinonen", "Niemi", "Heikkilä", "Kinnunen",
    "Salonen", "Turunen", "Salo", "Laitinen", "Tuominen", "Rantanen", "Karjalainen", "Jokinen", "Mattila",
    "Savolainen", "Lahtinen", "Ahonen", "Ojala", "Leinonen", "Kärkkäinen", "Hiltunen", "Miettinen", "Väisänen",
    "Pelkonen", "Räsänen", "Öhman", "Åkerlund"};
inline constexpr std::array swedishLastNames{"Lindqvist", "Nyström", "Holmberg", "Lindholm", "Johansson",
                                             "Karlsson", "Eriksson", "Andersson", "Björklund", "Sjöberg",
                                             "Grönroos", "Forsman", "Östman", "Åström", "Backman", "Strandberg"};
inline constexpr std::array finnishGirls{"Aino", "Aada", "Eevi", "Helmi", "Lilja", "Olivia", "Ella", "Sofia",
                                         "Emma", "Venla", "Iida", "Linnea", "Pihla", "Kerttu", "Enni", "Siiri",
                                         "Maria", "Anna", "Sanna", "Johanna", "Laura", "Katja", "Minna", "Päivi"};
inline constexpr std::array finnishBoys{"Leo", "Eino", "Väinö", "Onni", "Oliver", "Elias", "Eeli", "Toivo",
                                        "Aatos", "Lenni", "Niilo", "Veeti", "Eetu", "Otto", "Juho", "Mikko",
                                        "Jari", "Timo", "Antti", "Janne", "Matti", "Petri", "Ville", "Jyrki"};
inline constexpr std::array swedishGirls{"Alva", "Ellen", "Saga", "Stella", "Ebba", "Wilma", "Ida", "Freja",
                                         "Linnéa", "Maja", "Annika", "Camilla", "Karin", "Sara"};
inline constexpr std::array swedishBoys{"Anton", "Axel", "Oskar", "Hugo", "Emil", "Elias", "Isak", "Nils",
                                        "Johan", "Henrik", "Mikael", "Fredrik", "Björn", "Viktor"};
inline constexpr std::array workerTitles{"sosiaalityöntekijä", "sosiaalityöntekijä", "sosiaalityöntekijä",
                                         "sosiaaliohjaaja", "perhetyöntekijä"};
inline constexpr std::array streets{"Koulukatu", "Rantatie", "Kirkkokatu", "Puistokatu", "Koivukuja",
                                    "Myllytie", "Asemakatu", "Sepänkatu", "Kauppakatu", "Pajatie", "Strandvägen",
                                    "Skolgatan"};
// What the contact was about, by who made it (ContactBy order), then by
// authority (AuthorityKind order from the child health clinic on).
inline constexpr std::array familyDescriptions{
    "Äiti kertoo uupumuksesta ja pyytää tukea arkeen.",
    "Isä pyytää apua murrosikäisen kasvatukseen ja rajojen asettamiseen.",
    "Nuori kertoo riidoista kotona ja haluaa jutella jonkun kanssa.",
    "Isovanhempi on huolissaan lastenlasten hoidosta ja perheen jaksamisesta.",
    "Föräldrarna ber om stöd i vardagen efter en skilsmässa."};
inline constexpr std::array authorityDescriptions{
    "Neuvolan terveydenhoitaja ilmoittaa huolen perheen jaksamisesta vauvan syntymän jälkeen.",
    "Koulukuraattori on huolissaan lapsen poissaoloista ja väsymyksestä.",
    "Päiväkodin henkilökunta on huolissaan lapsen käytöksestä ja hoidosta.",
    "Poliisi ilmoittaa kotihälytyksestä, jossa lapset olivat paikalla.",
    "Terveyskeskuksen lääkäri ilmoittaa huolen vanhemman päihteiden käytöstä.",
    "Nuorisopalvelut ovat huolissaan nuoren myöhäisistä kotiintuloajoista."};
inline constexpr std::array goals{"Koulunkäynti sujuu ja poissaolot vähenevät",
                                  "Vanhemman jaksaminen paranee",
                                  "Lapsella on turvallinen aikuinen myös kodin ulkopuolella",
                                  "Arjen rytmi ja säännölliset ateriat",
                                  "Riidat ratkaistaan ilman väkivaltaa",
                                  "Lapsi löytää mieluisan harrastuksen",
                                  "Perheen talous on hallinnassa"};

} // namespace tukipolku::demo
