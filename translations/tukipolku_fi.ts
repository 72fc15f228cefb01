<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AgreementRepository</name>
    <message>
        <source>One weekend a month (%1 days of care)</source>
        <translation>Yksi viikonloppu kuukaudessa (%1 hoitovuorokautta)</translation>
    </message>
    <message>
        <source>%1 meetings a month</source>
        <translation>%1 tapaamista kuukaudessa</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Sosiaalipalvelut</translation>
    </message>
    <message>
        <source>Social services, %1</source>
        <translation>Sosiaalipalvelut, %1</translation>
    </message>
    <message>
        <source>The agreement is reviewed when the client plan is reviewed. Any party may end it by telling the social worker.</source>
        <translation>Sopimus tarkistetaan asiakassuunnitelman tarkistamisen yhteydessä. Kukin osapuoli voi päättää sopimuksen ilmoittamalla siitä sosiaalityöntekijälle.</translation>
    </message>
    <message>
        <source>The agreement has been signed and is not changed. Make a new version instead.</source>
        <translation>Sopimus on allekirjoitettu, eikä sitä muuteta. Tee sen sijaan uusi versio.</translation>
    </message>
    <message>
        <source>Choose the measure the agreement is about.</source>
        <translation>Valitse tukitoimi, jota sopimus koskee.</translation>
    </message>
    <message>
        <source>The agreement was not found.</source>
        <translation>Sopimusta ei löytynyt.</translation>
    </message>
    <message>
        <source>The agreement has already been signed by every party.</source>
        <translation>Kaikki osapuolet ovat jo allekirjoittaneet sopimuksen.</translation>
    </message>
    <message>
        <source>The agreement cannot be signed yet: %1</source>
        <translation>Sopimusta ei voi vielä allekirjoittaa: %1</translation>
    </message>
    <message>
        <source>Choose the party who signed.</source>
        <translation>Valitse osapuoli, joka allekirjoitti sopimuksen.</translation>
    </message>
    <message>
        <source>Enter the day the party signed: today or an earlier day.</source>
        <translation>Kirjoita osapuolen allekirjoituspäivä: tämä päivä tai aiempi päivä.</translation>
    </message>
    <message>
        <source>Replaced by version %1.</source>
        <translation>Korvattu versiolla %1.</translation>
    </message>
    <message>
        <source>Only a signed agreement in force can be ended.</source>
        <translation>Vain allekirjoitettu, voimassa oleva sopimus voidaan päättää.</translation>
    </message>
    <message>
        <source>Enter the day the agreement ended, not before it started.</source>
        <translation>Kirjoita sopimuksen päättymispäivä; se ei voi olla ennen sopimuksen alkamista.</translation>
    </message>
    <message>
        <source>Write why the agreement ended.</source>
        <translation>Kirjoita, miksi sopimus päättyi.</translation>
    </message>
    <message>
        <source>Intensified family work, about %1 hours a week</source>
        <translation>Tehostettua perhetyötä noin %1 tuntia viikossa</translation>
    </message>
    <message>
        <source>Family work about %1 hours a week</source>
        <translation>Perhetyötä noin %1 tuntia viikossa</translation>
    </message>
    <message>
        <source>%1 signed this text. A change clears the signatures, and every party signs the new text.</source>
        <translation>%1 on allekirjoittanut tämän tekstin. Muutos poistaa allekirjoitukset, ja jokainen osapuoli allekirjoittaa uuden tekstin.</translation>
    </message>
    <message>
        <source>%1 has already signed, on %2.</source>
        <translation>%1 on jo allekirjoittanut %2.</translation>
    </message>
</context>
<context>
    <name>AgreementRules</name>
    <message>
        <source>The agreement cannot start before the measure (%1).</source>
        <translation>Sopimus ei voi alkaa ennen tukitointa (%1).</translation>
    </message>
    <message>
        <source>The agreement cannot run past the end of the measure (%1).</source>
        <translation>Sopimus ei voi jatkua tukitoimen päättymisen jälkeen (%1).</translation>
    </message>
    <message>
        <source>The agreement cannot end before it starts.</source>
        <translation>Sopimus ei voi päättyä ennen kuin se alkaa.</translation>
    </message>
    <message>
        <source>Write the goals of the support.</source>
        <translation>Kirjoita tuen tavoitteet.</translation>
    </message>
    <message>
        <source>Enter the duration: the start and the end of the agreement.</source>
        <translation>Kirjoita kesto: sopimuksen alkamis- ja päättymispäivä.</translation>
    </message>
    <message>
        <source>Describe the need for support.</source>
        <translation>Kuvaa tuen tarve.</translation>
    </message>
    <message>
        <source>Write how often the child meets the support family or person.</source>
        <translation>Kirjoita, kuinka usein lapsi tapaa tukiperhettä tai tukihenkilöä.</translation>
    </message>
    <message>
        <source>Name the child&apos;s guardians as parties.</source>
        <translation>Nimeä lapsen huoltajat osapuoliksi.</translation>
    </message>
    <message>
        <source>Name the support family&apos;s adults or the support person as parties.</source>
        <translation>Nimeä tukiperheen aikuiset tai tukihenkilö osapuoliksi.</translation>
    </message>
    <message>
        <source>Name the social services unit and its worker as a party.</source>
        <translation>Nimeä sosiaalipalvelujen yksikkö ja sen työntekijä osapuoleksi.</translation>
    </message>
    <message>
        <source>Name the child.</source>
        <translation>Nimeä lapsi.</translation>
    </message>
</context>
<context>
    <name>AppealInstructions</name>
    <message>
        <source>[the board named in the settings]</source>
        <translation>[asetuksissa nimetty toimielin]</translation>
    </message>
    <message>
        <source>Each guardian may make the request on their own, and so may %1, who is %2 or older.</source>
        <translation>Oikaisuvaatimuksen voi tehdä kukin huoltaja erikseen sekä %2 vuotta täyttänyt %1.</translation>
    </message>
    <message>
        <source>Each guardian may make the request on their own.</source>
        <translation>Oikaisuvaatimuksen voi tehdä kukin huoltaja erikseen.</translation>
    </message>
    <message>
        <source>[the registry named in the settings]</source>
        <translation>[asetuksissa nimetty kirjaamo]</translation>
    </message>
    <message>
        <source>[the registry&apos;s opening hours]</source>
        <translation>[kirjaamon aukioloaika]</translation>
    </message>
    <message>
        <source>Request for review. If you are not satisfied with the decision, you may ask for it to be reviewed. The request is made in writing to the authority: %1. Deliver it to the registry: %2 (open %3).</source>
        <translation>Oikaisuvaatimusohje. Jos olet tyytymätön päätökseen, voit hakea siihen oikaisua. Oikaisuvaatimus tehdään kirjallisesti viranomaiselle: %1. Oikaisuvaatimus toimitetaan kirjaamoon: %2 (avoinna %3).</translation>
    </message>
    <message>
        <source>The request must be made within 30 days of receiving notification of the decision; the day of receipt is not counted. A decision sent by ordinary letter counts as received on the seventh day after it was sent, one sent electronically on the third day, one handed over in person on that day and one served against a receipt on the day written on the receipt. If the last day is a public holiday, Independence Day, May Day, Christmas Eve, Midsummer Eve or a Saturday, the request may be made on the first working day after it. The request must reach the registry by the end of its opening hours on the last day; it is sent at the sender&apos;s own risk. Your own last day is on your copy of the decision.</source>
        <translation>Oikaisuvaatimus on tehtävä 30 päivän kuluessa päätöksen tiedoksisaannista; tiedoksisaantipäivää ei lueta määräaikaan. Tavallisena kirjeenä lähetetyn päätöksen katsotaan tulleen tiedoksi seitsemäntenä päivänä lähettämisestä, sähköisesti lähetetyn kolmantena päivänä, henkilökohtaisesti luovutetun luovutuspäivänä ja saantitodistusta vastaan annetun saantitodistukseen merkittynä päivänä. Jos määräajan viimeinen päivä on pyhäpäivä, itsenäisyyspäivä, vapunpäivä, joulu- tai juhannusaatto tai arkilauantai, oikaisuvaatimuksen saa tehdä ensimmäisenä arkipäivänä sen jälkeen. Oikaisuvaatimuksen on oltava perillä kirjaamossa viimeistään määräajan viimeisenä päivänä ennen kirjaamon aukioloajan päättymistä; se lähetetään lähettäjän omalla vastuulla. Oma viimeinen päiväsi on merkitty sinulle annettuun päätöksen kappaleeseen.</translation>
    </message>
    <message>
        <source>The request must state the decision it concerns, what change is requested and on what grounds, and the name and contact details of the person making it (a representative gives their own as well). The request costs nothing. %1</source>
        <translation>Oikaisuvaatimuksessa on ilmoitettava päätös, johon haetaan oikaisua, millaista oikaisua vaaditaan ja millä perusteilla sekä vaatimuksen tekijän nimi ja yhteystiedot (edustaja ilmoittaa myös omansa). Oikaisuvaatimus on maksuton. %1</translation>
    </message>
    <message>
        <source>The appeal instructions need the board that hears requests for review, the address or e-mail of the registry where requests are delivered, and its opening hours: add them under Settings &gt; Organisation.</source>
        <translation>Oikaisuvaatimusohjeeseen tarvitaan oikaisuvaatimukset käsittelevä toimielin, sen kirjaamon osoite tai sähköposti, johon oikaisuvaatimus toimitetaan, ja kirjaamon aukioloaika: lisää ne kohdassa Asetukset &gt; Organisaatio.</translation>
    </message>
</context>
<context>
    <name>BackupFile</name>
    <message>
        <source>The encryption library could not be started.</source>
        <translation>Salauskirjastoa ei voitu käynnistää.</translation>
    </message>
    <message>
        <source>An encrypted backup needs a password.</source>
        <translation>Salattu varmuuskopio tarvitsee salasanan.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the key.</source>
        <translation>Muisti ei riitä avaimen muodostamiseen.</translation>
    </message>
    <message>
        <source>The encrypted file %1 cannot be opened: the password is wrong or the file is damaged.</source>
        <translation>Salattua tiedostoa %1 ei voi avata: salasana on väärä tai tiedosto on vioittunut.</translation>
    </message>
    <message>
        <source>The file %1 is not an encrypted Tukipolku backup.</source>
        <translation>Tiedosto %1 ei ole Tukipolun salattu varmuuskopio.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The copy %1 did not pass the check: %2</source>
        <translation>Kopio %1 ei läpäissyt tarkistusta: %2</translation>
    </message>
    <message>
        <source>The file %1 already exists: a backup never overwrites a file.</source>
        <translation>Tiedosto %1 on jo olemassa: varmuuskopio ei koskaan korvaa tiedostoa.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>Varmuuskopiota %1 ei voitu kirjoittaa: %2</translation>
    </message>
    <message>
        <source>The backup %1 could not be written.</source>
        <translation>Varmuuskopiota %1 ei voitu kirjoittaa.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Varmuuskopiokansiota %1 ei voi luoda.</translation>
    </message>
    <message>
        <source>There is no backup %1.</source>
        <translation>Varmuuskopiota %1 ei ole.</translation>
    </message>
    <message>
        <source>The file %1 already exists: a restore never overwrites a file. Choose a new name.</source>
        <translation>Tiedosto %1 on jo olemassa: palautus ei koskaan korvaa tiedostoa. Valitse uusi nimi.</translation>
    </message>
    <message>
        <source>The backup %1 could not be copied to %2.</source>
        <translation>Varmuuskopiota %1 ei voitu kopioida tiedostoon %2.</translation>
    </message>
    <message>
        <source>The restored file could not be moved to %1.</source>
        <translation>Palautettua tiedostoa ei voitu siirtää paikkaan %1.</translation>
    </message>
    <message>
        <source>%1 is on a removable disk, which can be lost: a backup there is always encrypted. Give it a password, or choose a folder on this computer or on the network share.</source>
        <translation>%1 on siirrettävällä levyllä, joka voi kadota: sinne tehtävä varmuuskopio salataan aina. Anna sille salasana tai valitse kansio tältä tietokoneelta tai verkkolevyltä.</translation>
    </message>
    <message>
        <source>The copy %1 could not be checked: %2</source>
        <translation>Kopiota %1 ei voitu tarkistaa: %2</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>The case was not found. It may have been archived; reopen the family.</source>
        <translation>Asiakkuutta ei löytynyt. Se on ehkä arkistoitu; avaa perhe uudelleen.</translation>
    </message>
    <message>
        <source>Choose the family and the child the case concerns.</source>
        <translation>Valitse perhe ja lapsi, jota asiakkuus koskee.</translation>
    </message>
    <message>
        <source>The notification was not found on this case. Open the case again.</source>
        <translation>Ilmoitusta ei löytynyt tästä asiakkuudesta. Avaa asiakkuus uudelleen.</translation>
    </message>
    <message>
        <source>A child welfare client always has a client plan (LSL 30 §): &quot;no plan&quot; is for a client of social welfare only.</source>
        <translation>Lastensuojelun asiakkaalla on aina asiakassuunnitelma (LSL 30 §): ”ei suunnitelmaa” on vain sosiaalihuollon asiakkaalle.</translation>
    </message>
    <message>
        <source>A child welfare client always has a responsible social worker (LSL 13 b §): name another one instead.</source>
        <translation>Lastensuojelun asiakkaalla on aina vastaava sosiaalityöntekijä (LSL 13 b §): nimeä tilalle toinen.</translation>
    </message>
    <message>
        <source>The responsible social worker was not found. Choose the worker again.</source>
        <translation>Vastaavaa sosiaalityöntekijää ei löytynyt. Valitse työntekijä uudelleen.</translation>
    </message>
    <message>
        <source>The measure &quot;%1&quot; is running: end it.</source>
        <translation>Tukitoimi ”%1” on käynnissä: päätä se.</translation>
    </message>
    <message>
        <source>The measure &quot;%1&quot; is planned: end it or mark it refused.</source>
        <translation>Tukitoimi ”%1” on suunniteltu: päätä se tai merkitse se evätyksi.</translation>
    </message>
    <message>
        <source>Decision %1 is in force until %2: issue the decision that ends the measure.</source>
        <translation>Päätös %1 on voimassa %2 asti: tee päätös tukitoimen päättämisestä.</translation>
    </message>
    <message numerus="yes">
        <source>Decision %1 is not yet sent to %n recipient(s).</source>
        <translation>
            <numerusform>Päätöstä %1 ei ole vielä lähetetty %n vastaanottajalle.</numerusform>
            <numerusform>Päätöstä %1 ei ole vielä lähetetty %n vastaanottajalle.</numerusform>
        </translation>
    </message>
    <message>
        <source>The signed agreement on &quot;%1&quot; runs until %2: end it.</source>
        <translation>Allekirjoitettu sopimus tukitoimesta ”%1” on voimassa %2 asti: päätä se.</translation>
    </message>
    <message>
        <source>The signed agreement on &quot;%1&quot; has no end: end it.</source>
        <translation>Allekirjoitetulla sopimuksella tukitoimesta ”%1” ei ole päättymispäivää: päätä se.</translation>
    </message>
    <message>
        <source>The case cannot be closed yet. First:
%1</source>
        <translation>Asiakkuutta ei voi vielä päättää. Ensin:
%1</translation>
    </message>
</context>
<context>
    <name>CaseRules</name>
    <message>
        <source>Enter the date and time the contact or notification was received.</source>
        <translation>Kirjoita päivämäärä ja kellonaika, jolloin yhteydenotto tai ilmoitus vastaanotettiin.</translation>
    </message>
    <message>
        <source>The time received cannot be in the future.</source>
        <translation>Vastaanottoaika ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>Choose which authority made the contact.</source>
        <translation>Valitse, mikä viranomainen otti yhteyttä.</translation>
    </message>
    <message>
        <source>Choose who made the child welfare notification: a professional obliged to notify or a private person.</source>
        <translation>Valitse, kuka teki lastensuojeluilmoituksen: ilmoitusvelvollinen ammattilainen vai yksityishenkilö.</translation>
    </message>
    <message>
        <source>Enter when the urgency of the child&apos;s need was assessed.</source>
        <translation>Kirjoita, milloin lapsen lastensuojelun tarpeen kiireellisyys arvioitiin.</translation>
    </message>
    <message>
        <source>The urgency cannot have been assessed before the contact was received.</source>
        <translation>Kiireellisyyttä ei ole voitu arvioida ennen kuin yhteydenotto vastaanotettiin.</translation>
    </message>
    <message>
        <source>Record both the date of the decision and whether the service need assessment starts.</source>
        <translation>Kirjaa sekä päätöksen päivämäärä että se, aloitetaanko palvelutarpeen arviointi.</translation>
    </message>
    <message>
        <source>The decision on the assessment cannot be dated before the contact was received.</source>
        <translation>Arviointia koskevaa päätöstä ei voi päivätä ennen yhteydenoton vastaanottopäivää.</translation>
    </message>
    <message>
        <source>The decision on the assessment cannot be dated in the future.</source>
        <translation>Arviointia koskevaa päätöstä ei voi päivätä tulevaisuuteen.</translation>
    </message>
    <message>
        <source>Write why no service need assessment is made.</source>
        <translation>Kirjoita, miksi palvelutarpeen arviointia ei tehdä.</translation>
    </message>
    <message>
        <source>The child and guardian cannot have been informed before the contact was received.</source>
        <translation>Lapselle ja huoltajalle ei ole voitu ilmoittaa ennen kuin yhteydenotto vastaanotettiin.</translation>
    </message>
    <message>
        <source>It was decided that no service need assessment is made. Change that decision first.</source>
        <translation>On päätetty, että palvelutarpeen arviointia ei tehdä. Muuta ensin tätä päätöstä.</translation>
    </message>
    <message>
        <source>Enter the date the assessment started.</source>
        <translation>Kirjoita arvioinnin aloituspäivä.</translation>
    </message>
    <message>
        <source>The assessment cannot start before the contact was received (%1).</source>
        <translation>Arviointi ei voi alkaa ennen kuin yhteydenotto on vastaanotettu (%1).</translation>
    </message>
    <message>
        <source>The assessment cannot be completed before it started.</source>
        <translation>Arviointi ei voi valmistua ennen kuin se on alkanut.</translation>
    </message>
    <message>
        <source>The completion date cannot be in the future.</source>
        <translation>Valmistumispäivä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>Record whether the need for support is temporary, recurring or long-term.</source>
        <translation>Kirjaa, onko tuen tarve tilapäinen, toistuva vai pitkäaikainen.</translation>
    </message>
    <message>
        <source>Choose the own worker, or untick that one is needed.</source>
        <translation>Valitse omatyöntekijä tai poista merkintä siitä, että omatyöntekijä tarvitaan.</translation>
    </message>
    <message>
        <source>Name the responsible social worker: with a child welfare need the child becomes a client of child welfare.</source>
        <translation>Nimeä lapsen asioista vastaava sosiaalityöntekijä: kun lastensuojelun tarve on todettu, lapsesta tulee lastensuojelun asiakas.</translation>
    </message>
    <message>
        <source>Enter the date the client plan was made.</source>
        <translation>Kirjoita asiakassuunnitelman laatimispäivä.</translation>
    </message>
    <message>
        <source>The plan cannot be dated before the case started.</source>
        <translation>Suunnitelman päivämäärä ei voi olla ennen asiakkuuden alkamista.</translation>
    </message>
    <message>
        <source>Record who took part in making the plan.</source>
        <translation>Kirjaa, ketkä osallistuivat suunnitelman laatimiseen.</translation>
    </message>
    <message>
        <source>Write at least one goal for the plan.</source>
        <translation>Kirjoita suunnitelmaan vähintään yksi tavoite.</translation>
    </message>
    <message>
        <source>Every goal needs a text; remove empty goals.</source>
        <translation>Jokaisella tavoitteella on oltava teksti; poista tyhjät tavoitteet.</translation>
    </message>
    <message>
        <source>The next review must be after the plan and at most a year later (LSL 30 §): at the latest on %1.</source>
        <translation>Seuraavan tarkistuksen on oltava suunnitelman päivämäärän jälkeen ja enintään vuoden kuluttua siitä (LSL 30 §): viimeistään %1.</translation>
    </message>
    <message>
        <source>The case is already closed.</source>
        <translation>Asiakkuus on jo päätetty.</translation>
    </message>
    <message>
        <source>Enter a closing date between the start of the case and today.</source>
        <translation>Kirjoita päättymispäivä, joka on asiakkuuden alkamisen ja tämän päivän välillä.</translation>
    </message>
    <message>
        <source>Write why the case is closed.</source>
        <translation>Kirjoita, miksi asiakkuus päätetään.</translation>
    </message>
    <message>
        <source>The child is already a client of child welfare.</source>
        <translation>Lapsi on jo lastensuojelun asiakas.</translation>
    </message>
    <message>
        <source>Enter the date of the urgent measures, between the start of the case and today.</source>
        <translation>Kirjoita kiireellisten toimenpiteiden päivämäärä, joka on asiakkuuden alkamisen ja tämän päivän välillä.</translation>
    </message>
    <message>
        <source>Name the responsible social worker for the child.</source>
        <translation>Nimeä lapsen asioista vastaava sosiaalityöntekijä.</translation>
    </message>
    <message>
        <source>Only a notification received on an open case can be taken into the ongoing work.</source>
        <translation>Vain avoimeen asiakkuuteen saapunut ilmoitus voidaan ottaa osaksi meneillään olevaa työtä.</translation>
    </message>
    <message>
        <source>A notification taken into the ongoing work starts no new assessment.</source>
        <translation>Meneillään olevaan työhön otettu ilmoitus ei käynnistä uutta arviointia.</translation>
    </message>
    <message>
        <source>The case already has its service need assessment. Take the notification into the ongoing work, or write why nothing more is done.</source>
        <translation>Asiakkuudessa on jo palvelutarpeen arviointi. Ota ilmoitus osaksi meneillään olevaa työtä tai kirjoita, miksi muuta ei tehdä.</translation>
    </message>
    <message>
        <source>The notifier&apos;s e-mail address &quot;%1&quot; is not an e-mail address.</source>
        <translation>Ilmoittajan sähköpostiosoite ”%1” ei ole sähköpostiosoite.</translation>
    </message>
    <message>
        <source>Only a private person may notify anonymously; a professional gives their name.</source>
        <translation>Vain yksityishenkilö voi ilmoittaa nimettömänä; ammattilainen antaa nimensä.</translation>
    </message>
    <message>
        <source>The notifier wished to stay anonymous: leave the name empty.</source>
        <translation>Ilmoittaja halusi pysyä nimettömänä: jätä nimi tyhjäksi.</translation>
    </message>
    <message>
        <source>Enter the day the report to the police was made.</source>
        <translation>Anna päivä, jona ilmoitus poliisille tehtiin.</translation>
    </message>
    <message>
        <source>The report to the police cannot be dated in the future.</source>
        <translation>Ilmoitus poliisille ei voi olla päivätty tulevaisuuteen.</translation>
    </message>
    <message>
        <source>Write why no report was made to the police.</source>
        <translation>Kirjoita, miksi poliisille ei tehty ilmoitusta.</translation>
    </message>
    <message>
        <source>The notification received on %1 has no decision yet. Decide on it before the case is closed.</source>
        <translation>%1 saapuneesta ilmoituksesta ei ole vielä päätöstä. Päätä siitä ennen asiakkuuden päättämistä.</translation>
    </message>
    <message>
        <source>The case cannot close before the notification received on %1.</source>
        <translation>Asiakkuus ei voi päättyä ennen %1 saapunutta ilmoitusta.</translation>
    </message>
    <message>
        <source>Case %1 is closed. A new notification about the child opens a new case.</source>
        <translation>Asiakkuus %1 on päättynyt. Uusi ilmoitus lapsesta avaa uuden asiakkuuden.</translation>
    </message>
    <message>
        <source>The case was opened already; this notification is a later one.</source>
        <translation>Asiakkuus on jo avattu; tämä ilmoitus on myöhempi.</translation>
    </message>
    <message>
        <source>A notification on this case cannot be received before the case began (%1).</source>
        <translation>Tämän asiakkuuden ilmoitus ei voi saapua ennen asiakkuuden alkua (%1).</translation>
    </message>
    <message>
        <source>%1 is not recorded as a licensed social worker. The responsible social worker of a child welfare client must be one (LSL 13 b §): choose another worker, or record the licence in Settings ▸ Workers.</source>
        <translation>Työntekijää %1 ei ole kirjattu laillistetuksi sosiaalityöntekijäksi. Lastensuojelun asiakkaan vastaavan sosiaalityöntekijän on oltava laillistettu (LSL 13 b §): valitse toinen työntekijä tai kirjaa laillistus kohdassa Asetukset ▸ Työntekijät.</translation>
    </message>
    <message>
        <source>With this child %1 would have %2 child welfare children; the limit is %3 (LSL 13 b §). Choose another worker, or confirm that %1 is named anyway.</source>
        <translation>Tämän lapsen myötä työntekijällä %1 olisi %2 lastensuojelun asiakaslasta; raja on %3 (LSL 13 b §). Valitse toinen työntekijä tai vahvista, että %1 nimetään silti.</translation>
    </message>
</context>
<context>
    <name>ClientLogReport</name>
    <message>
        <source>Opened the case</source>
        <translation>Avasi asiakkuuden</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Tulosti</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Tulostuksen esikatselu</translation>
    </message>
    <message>
        <source>Saved as PDF</source>
        <translation>Tallensi PDF-tiedostoksi</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Vei tiedostoon</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>asiakkuus %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Muutti: %1</translation>
    </message>
    <message>
        <source>case %1: %2 → %3</source>
        <translation>asiakkuus %1: %2 → %3</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Lisätieto</translation>
    </message>
    <message>
        <source>What is logged about %1, %2–%3</source>
        <translation>Mitä henkilöstä %1 on kirjattu lokiin %2–%3</translation>
    </message>
    <message>
        <source>Nothing is logged in this period.</source>
        <translation>Tältä ajalta ei ole kirjauksia.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Open the database FILE (created when it does not exist).</source>
        <translation>Avaa tietokanta TIEDOSTO (luodaan, jos sitä ei ole).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TIEDOSTO</translation>
    </message>
    <message>
        <source>Use the language LANG: fi, sv or en.</source>
        <translation>Käytä kieltä KIELI: fi, sv tai en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>KIELI</translation>
    </message>
    <message>
        <source>Check the database read-only, print the result and exit: 0 when healthy, 1 when not.</source>
        <translation>Tarkista tietokanta vain lukien, tulosta tulos ja lopeta: 0, kun tietokanta on kunnossa, 1, kun ei ole.</translation>
    </message>
    <message>
        <source>Start, open the database, show the main window and exit 0 once it has been painted (for installation checks).</source>
        <translation>Käynnisty, avaa tietokanta, näytä pääikkuna ja lopeta koodilla 0, kun ikkuna on piirretty (asennuksen tarkistukseen).</translation>
    </message>
    <message>
        <source>Tukipolku: case work for family social work and child welfare open care.</source>
        <translation>Tukipolku: asiakastyön väline lapsiperheiden sosiaalityöhön ja lastensuojelun avohuoltoon.</translation>
    </message>
    <message>
        <source>Unknown language %1: use fi, sv or en.</source>
        <translation>Tuntematon kieli %1: käytä kieltä fi, sv tai en.</translation>
    </message>
    <message>
        <source>The database %1 has problems:</source>
        <translation>Tietokannassa %1 on ongelmia:</translation>
    </message>
    <message>
        <source>The database %1 is healthy (schema version %2; this program uses %3).</source>
        <translation>Tietokanta %1 on kunnossa (rakenneversio %2; tämä ohjelma käyttää versiota %3).</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Tietokantaa ei voi avata</translation>
    </message>
    <message>
        <source>Fill a new, empty database with N fictional demo families and exit.</source>
        <translation>Täytä uusi, tyhjä tietokanta N kuvitteellisella esittelyperheellä ja lopeta.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The seed for --demo: the same seed gives the same families (default 1).</source>
        <translation>Valinnan --demo siemenluku: sama siemen tuottaa samat perheet (oletus 1).</translation>
    </message>
    <message>
        <source>SEED</source>
        <translation>SIEMEN</translation>
    </message>
    <message>
        <source>Give the number of demo families as a positive number, e.g. --demo 1000.</source>
        <translation>Anna esittelyperheiden määrä positiivisena lukuna, esim. --demo 1000.</translation>
    </message>
    <message>
        <source>Wrote %1 fictional families into %2 in %3 s.</source>
        <translation>Kirjoitettiin %1 kuvitteellista perhettä tietokantaan %2 ajassa %3 s.</translation>
    </message>
    <message>
        <source>Import support families, support persons and family workers from FILE.csv into the database and exit: the good rows are imported, the rejected ones printed (exit 1 when any).</source>
        <translation>Tuo tukiperheet, tukihenkilöt ja perhetyöntekijät tiedostosta TIEDOSTO.csv tietokantaan ja lopeta: kelvolliset rivit tuodaan ja hylätyt tulostetaan (lopetuskoodi 1, jos hylättyjä on).</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Tiedostoa %1 ei voi lukea.</translation>
    </message>
    <message>
        <source>%1 providers added, %2 already in the registry, %3 rows rejected.</source>
        <translation>Toteuttajia lisätty: %1, jo rekisterissä: %2, hylättyjä rivejä: %3.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rivi %1: %2</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Give the file to write with --output FILE.pdf.</source>
        <translation>Anna kirjoitettava tiedosto valitsimella --output TIEDOSTO.pdf.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Kirjoitettiin %1.</translation>
    </message>
    <message>
        <source>There is no decision, agreement, client plan or initiation with the id %1.</source>
        <translation>Päätöstä, sopimusta, asiakassuunnitelmaa tai vireilletuloa tunnisteella %1 ei ole.</translation>
    </message>
    <message>
        <source>The file --export-pdf or --report writes.</source>
        <translation>Tiedosto, johon --export-pdf tai --report kirjoittaa.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NIMI</translation>
    </message>
    <message>
        <source>Give the file to write with --output FILE.csv.</source>
        <translation>Anna kirjoitettava tiedosto valitsimella --output TIEDOSTO.csv.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n open deadline(s) to %1.</source>
        <translation>
            <numerusform>Kirjoitettiin %n avoin määräaika tiedostoon %1.</numerusform>
            <numerusform>Kirjoitettiin %n avointa määräaikaa tiedostoon %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The month of --report compensation, e.g. 2026-03.</source>
        <translation>Raportin --report compensation kuukausi, esim. 2026-03.</translation>
    </message>
    <message>
        <source>YYYY-MM</source>
        <translation>VVVV-KK</translation>
    </message>
    <message>
        <source>Give the month of the report as --month YYYY-MM, e.g. --month 2026-03.</source>
        <translation>Anna raportin kuukausi muodossa --month VVVV-KK, esim. --month 2026-03.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the compensation of %n provider(s) to %1.</source>
        <translation>
            <numerusform>Kirjoitettiin %n toteuttajan palkkiot tiedostoon %1.</numerusform>
            <numerusform>Kirjoitettiin %n toteuttajan palkkiot tiedostoon %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the report NAME as CSV (--output FILE.csv) and exit. deadlines: every open statutory deadline of the unit today; compensation: the providers&apos; pay for --month; thl-deadlines: THL&apos;s deadline statistics for --period; yearly: children in support measures and notifications in --year.</source>
        <translation>Kirjoita raportti NIMI CSV-tiedostoksi (--output TIEDOSTO.csv) ja lopeta. deadlines: yksikön kaikki tänään avoimet lakisääteiset määräajat; compensation: toteuttajien palkkiot kuukaudelta --month; thl-deadlines: THL:n määräaikatilasto puolivuotiskaudelta --period; yearly: tukitoimien lapset ja ilmoitukset vuodelta --year.</translation>
    </message>
    <message>
        <source>The half-year of --report thl-deadlines: 2026H1 is 1.10.2025–31.3.2026, 2026H2 1.4.–30.9.2026.</source>
        <translation>Raportin --report thl-deadlines puolivuotiskausi: 2026H1 on 1.10.2025–31.3.2026, 2026H2 1.4.–30.9.2026.</translation>
    </message>
    <message>
        <source>YYYYH1|YYYYH2</source>
        <translation>VVVVH1|VVVVH2</translation>
    </message>
    <message>
        <source>The year of --report yearly, e.g. 2026.</source>
        <translation>Raportin --report yearly vuosi, esim. 2026.</translation>
    </message>
    <message>
        <source>YYYY</source>
        <translation>VVVV</translation>
    </message>
    <message>
        <source>There is no report %1. The reports are: deadlines, compensation, thl-deadlines, yearly.</source>
        <translation>Raporttia %1 ei ole. Raportit ovat: deadlines, compensation, thl-deadlines, yearly.</translation>
    </message>
    <message>
        <source>Give the half-year as --period 2026H1 (1.10.2025–31.3.2026) or --period 2026H2 (1.4.–30.9.2026).</source>
        <translation>Anna puolivuotiskausi muodossa --period 2026H1 (1.10.2025–31.3.2026) tai --period 2026H2 (1.4.–30.9.2026).</translation>
    </message>
    <message>
        <source>Give the year as --year 2026.</source>
        <translation>Anna vuosi muodossa --year 2026.</translation>
    </message>
    <message>
        <source>Wrote the deadline statistics to %1.</source>
        <translation>Määräaikatilasto kirjoitettiin tiedostoon %1.</translation>
    </message>
    <message>
        <source>Wrote the yearly statistics to %1.</source>
        <translation>Vuositilasto kirjoitettiin tiedostoon %1.</translation>
    </message>
    <message>
        <source>Write a checked backup of the database to OUT and exit; encrypted with the password in --password-file when given.</source>
        <translation>Kirjoita tietokannasta tarkistettu varmuuskopio tiedostoon KOHDE ja lopeta; salattuna, jos --password-file on annettu.</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>KOHDE</translation>
    </message>
    <message>
        <source>Restore the backup IN (plain or encrypted) into the new file --output NEWFILE, checked before use, and exit. Nothing is overwritten.</source>
        <translation>Palauta varmuuskopio LÄHDE (salattu tai salaamaton) uuteen tiedostoon --output UUSI, tarkista se ja lopeta. Mitään ei korvata.</translation>
    </message>
    <message>
        <source>IN</source>
        <translation>LÄHDE</translation>
    </message>
    <message>
        <source>F</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Cannot read the password file %1: %2</source>
        <translation>Salasanatiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Salasanatiedosto %1 on tyhjä.</translation>
    </message>
    <message>
        <source>Give the new file to restore into with --output NEWFILE.sqlite.</source>
        <translation>Anna uusi tiedosto, johon palautetaan, valitsimella --output UUSI.sqlite.</translation>
    </message>
    <message>
        <source>Restored %1 into %2; it passed the check.</source>
        <translation>%1 palautettiin tiedostoon %2; se läpäisi tarkistuksen.</translation>
    </message>
    <message>
        <source>Wrote the backup %1; it passed the check.</source>
        <translation>Varmuuskopio %1 kirjoitettiin; se läpäisi tarkistuksen.</translation>
    </message>
    <message>
        <source>The file whose first line is the password of --backup, --restore, --export-families or --import.</source>
        <translation>Tiedosto, jonka ensimmäinen rivi on valitsimien --backup, --restore, --export-families tai --import salasana.</translation>
    </message>
    <message>
        <source>Write the families ID,ID… (all their records) into the encrypted field copy --output FILE with the password in --password-file, and exit.</source>
        <translation>Kirjoita perheet ID,ID… (kaikki niiden tiedot) salattuun kenttäkopioon --output TIEDOSTO valitsimen --password-file salasanalla ja lopeta.</translation>
    </message>
    <message>
        <source>IDS</source>
        <translation>ID:T</translation>
    </message>
    <message>
        <source>Merge the field copy FILE into the database and exit: records changed on one side are taken; records changed on both sides are printed and left for a person (exit 2).</source>
        <translation>Yhdistä kenttäkopio TIEDOSTO tietokantaan ja lopeta: vain toisella puolella muutetut tiedot otetaan; molemmilla puolilla muutetut tulostetaan ja jätetään ihmisen ratkaistaviksi (paluuarvo 2).</translation>
    </message>
    <message>
        <source>The password of an encrypted file must have at least 8 characters.</source>
        <translation>Salatun tiedoston salasanassa on oltava vähintään 8 merkkiä.</translation>
    </message>
    <message>
        <source>Let --export-pdf and --report replace an existing file --output. A database, a backup or a field copy is never replaced.</source>
        <translation>Salli, että --export-pdf ja --report korvaavat olemassa olevan tiedoston --output. Tietokantaa, varmuuskopiota tai kenttäkopiota ei korvata koskaan.</translation>
    </message>
    <message>
        <source>Write the document of the decision, agreement, client plan or initiation ID (its contact form), or the copy of the decision recipient ID, as a PDF file (--output) without opening a window, in the client&apos;s language or --lang. The ID %1 writes the blank contact form.</source>
        <translation>Kirjoittaa tunnisteen ID päätöksen, sopimuksen, asiakassuunnitelman tai vireilletulon (sen yhteydenottolomakkeen) asiakirjan tai tunnisteen ID päätöksen vastaanottajan kappaleen PDF-tiedostoksi (--output) avaamatta ikkunaa, asiakkaan kielellä tai --lang-valitsimen kielellä. Tunniste %1 kirjoittaa tyhjän yhteydenottolomakkeen.</translation>
    </message>
</context>
<context>
    <name>CompensationCalculator</name>
    <message>
        <source>No support person compensation rate is valid on %1, so the meeting of that day is not paid. Add a rate that covers the day in the settings.</source>
        <translation>Tukihenkilön korvaustaksaa ei ole voimassa %1, joten sen päivän tapaamisesta ei makseta korvausta. Lisää asetuksiin taksa, joka kattaa päivän.</translation>
    </message>
    <message>
        <source>No support family compensation rate is valid on %1, so nothing is paid for that day. Add a rate that covers the day in the settings.</source>
        <translation>Tukiperheen korvaustaksaa ei ole voimassa %1, joten siltä päivältä ei makseta mitään. Lisää asetuksiin taksa, joka kattaa päivän.</translation>
    </message>
    <message>
        <source>No support person compensation rate is valid for %1, so the monthly amount is not paid for that time. Add a rate that covers it in the settings.</source>
        <translation>Tukihenkilön korvaustaksaa ei ole voimassa ajalle %1, joten kuukausikorvausta ei makseta siltä ajalta. Lisää asetuksiin taksa, joka kattaa ajan.</translation>
    </message>
    <message>
        <source>No support family compensation rate is valid for %1, so the monthly amount is not paid for that time. Add a rate that covers it in the settings.</source>
        <translation>Tukiperheen korvaustaksaa ei ole voimassa ajalle %1, joten kuukausikorvausta ei makseta siltä ajalta. Lisää asetuksiin taksa, joka kattaa ajan.</translation>
    </message>
    <message>
        <source>The support person compensation rate valid from %1 has an amount counted per day of care, which is not paid: a support person is paid per meeting or per month. Correct the rate in the settings.</source>
        <translation>Tukihenkilön %1 alkaen voimassa olevassa korvaustaksassa on hoitovuorokausikohtainen summa, jota ei makseta: tukihenkilölle maksetaan tapaamisten mukaan tai kuukausittain. Korjaa taksa asetuksissa.</translation>
    </message>
    <message>
        <source>The support family compensation rate valid from %1 has an amount counted per meeting, which is not paid: a support family is paid per day of care or per month. Correct the rate in the settings.</source>
        <translation>Tukiperheen %1 alkaen voimassa olevassa korvaustaksassa on tapaamiskohtainen summa, jota ei makseta: tukiperheelle maksetaan hoitovuorokausien mukaan tai kuukausittain. Korjaa taksa asetuksissa.</translation>
    </message>
    <message>
        <source>A stay without a first or last day is not paid. Enter both dates of the stay.</source>
        <translation>Hoitojaksosta, jolta puuttuu ensimmäinen tai viimeinen päivä, ei makseta. Kirjoita jakson molemmat päivämäärät.</translation>
    </message>
    <message>
        <source>The stay from %1 to %2 ends before it starts, so it is not paid. Correct its dates.</source>
        <translation>Hoitojakso %1–%2 päättyy ennen kuin se alkaa, joten siitä ei makseta. Korjaa jakson päivämäärät.</translation>
    </message>
    <message>
        <source>A meeting without a date is not paid. Enter the date of the meeting.</source>
        <translation>Tapaamisesta, jolla ei ole päivämäärää, ei makseta. Kirjoita tapaamisen päivämäärä.</translation>
    </message>
</context>
<context>
    <name>CompensationReport</name>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Toteuttaja</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Days of care</source>
        <translation>Hoitovuorokaudet</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Tapaamiset</translation>
    </message>
    <message>
        <source>Fee (€)</source>
        <translation>Palkkio (€)</translation>
    </message>
    <message>
        <source>Expense allowance (€)</source>
        <translation>Kulukorvaus (€)</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilometrit</translation>
    </message>
    <message>
        <source>Mileage (€)</source>
        <translation>Kilometrikorvaus (€)</translation>
    </message>
    <message>
        <source>Total (€)</source>
        <translation>Yhteensä (€)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Tarkistettavaa</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Compensation of providers, %1</source>
        <translation>Toteuttajien palkkiot ja korvaukset, %1</translation>
    </message>
    <message>
        <source>To check before paying</source>
        <translation>Tarkistettava ennen maksamista</translation>
    </message>
</context>
<context>
    <name>DatabaseError</name>
    <message>
        <source>The database %1 is already open in another Tukipolku window or on another workstation. Close it there first; nothing was changed.</source>
        <translation>Tietokanta %1 on jo auki toisessa Tukipolku-ikkunassa tai toisella työasemalla. Sulje se ensin siellä; mitään ei muutettu.</translation>
    </message>
    <message>
        <source>The file %1 does not exist. Check the name and the folder.</source>
        <translation>Tiedostoa %1 ei ole. Tarkista nimi ja kansio.</translation>
    </message>
    <message>
        <source>The file %1 is empty, so it is not a Tukipolku database. It was left as it is. Choose another file or create a new database.</source>
        <translation>Tiedosto %1 on tyhjä, joten se ei ole Tukipolun tietokanta. Tiedosto jätettiin ennalleen. Valitse toinen tiedosto tai luo uusi tietokanta.</translation>
    </message>
    <message>
        <source>The file %1 is not a Tukipolku database. It was left as it is. Choose another file or create a new database.</source>
        <translation>Tiedosto %1 ei ole Tukipolun tietokanta. Tiedosto jätettiin ennalleen. Valitse toinen tiedosto tai luo uusi tietokanta.</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program, not of Tukipolku. It was left as it is.</source>
        <translation>Tiedosto %1 on jonkin toisen ohjelman tietokanta, ei Tukipolun. Tiedosto jätettiin ennalleen.</translation>
    </message>
    <message>
        <source>The database %1 was saved by a newer version of Tukipolku. Install the newer version to open it; the file was left as it is.</source>
        <translation>Tietokanta %1 on tallennettu Tukipolun uudemmalla versiolla. Asenna uudempi versio avataksesi sen; tiedosto jätettiin ennalleen.</translation>
    </message>
    <message>
        <source>The database %1 is damaged and cannot be opened safely. It was left as it is. Restore it from a backup or ask your IT support for help.</source>
        <translation>Tietokanta %1 on vioittunut, eikä sitä voi avata turvallisesti. Tiedosto jätettiin ennalleen. Palauta se varmuuskopiosta tai pyydä apua IT-tuesta.</translation>
    </message>
    <message>
        <source>The database %1 is read-only, so your work could not be saved. Ask your IT support for write access or copy the file to a folder of yours.</source>
        <translation>Tietokantaan %1 on vain lukuoikeus, joten työtäsi ei voisi tallentaa. Pyydä IT-tuelta kirjoitusoikeus tai kopioi tiedosto omaan kansioosi.</translation>
    </message>
    <message>
        <source>The folder of %1 does not allow new files, which the database needs. Choose a folder where you may save files.</source>
        <translation>Tiedoston %1 kansioon ei voi luoda uusia tiedostoja, joita tietokanta tarvitsee. Valitse kansio, johon sinulla on oikeus tallentaa.</translation>
    </message>
    <message>
        <source>The database %1 could not be opened.</source>
        <translation>Tietokantaa %1 ei voitu avata.</translation>
    </message>
    <message>
        <source>Updating the database %1 to this version of Tukipolku failed. The update was undone and the file is as it was.</source>
        <translation>Tietokannan %1 päivittäminen tälle Tukipolun versiolle epäonnistui. Päivitys peruttiin, ja tiedosto on ennallaan.</translation>
    </message>
    <message>
        <source>The safety copy of %1 could not be written before updating it, so it was not updated. Check that the disk has free space.</source>
        <translation>Tiedostosta %1 ei voitu tehdä varmuuskopiota ennen päivitystä, joten sitä ei päivitetty. Tarkista, että levyllä on tilaa.</translation>
    </message>
    <message>
        <source>Saving to the database %1 failed, so the last change was not saved. Check that the disk has free space, then try again.</source>
        <translation>Tallentaminen tietokantaan %1 epäonnistui, joten viimeisin muutos jäi tallentamatta. Tarkista, että levyllä on tilaa, ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>(Details: %1)</source>
        <translation>(Lisätiedot: %1)</translation>
    </message>
    <message>
        <source>%1 is not a database file but a folder, a named pipe or a device. Choose the database file itself.</source>
        <translation>%1 ei ole tietokantatiedosto vaan kansio, nimetty putki tai laite. Valitse itse tietokantatiedosto.</translation>
    </message>
    <message>
        <source>The database %1 has more than one name (hard links), so a second program could open it under another name at the same time and changes could be lost. Copy it to a file of its own and open the copy.</source>
        <translation>Tietokannalla %1 on useampi kuin yksi nimi (kovia linkkejä), joten toinen ohjelma voisi avata sen samaan aikaan toisella nimellä ja muutoksia voisi kadota. Kopioi se omaksi tiedostokseen ja avaa kopio.</translation>
    </message>
    <message>
        <source>The database %1 is open on the workstation %2. Close it there first; nothing was changed. If %2 is switched off or has crashed, delete the file %3 and open the database again.</source>
        <translation>Tietokanta %1 on auki työasemalla %2. Sulje se siellä ensin; mitään ei muutettu. Jos %2 on sammutettu tai kaatunut, poista tiedosto %3 ja avaa tietokanta uudelleen.</translation>
    </message>
    <message>
        <source>The database %1 could not be read, so nothing was shown or written from it. It may be damaged: check it (tukipolku --check) and, if it is, restore it from a backup (Settings ▸ Backups).</source>
        <translation>Tietokantaa %1 ei voitu lukea, joten siitä ei näytetty eikä kirjoitettu mitään. Se voi olla vioittunut: tarkista se (tukipolku --check) ja palauta se tarvittaessa varmuuskopiosta (Asetukset ▸ Varmuuskopiot).</translation>
    </message>
    <message>
        <source>The change was not saved: it conflicts with what is already in the database %1 (a value that must be unique is taken, or a record it refers to is missing). Check the form and try again.</source>
        <translation>Muutosta ei tallennettu: se on ristiriidassa tietokannassa %1 jo olevien tietojen kanssa (yksilöllisen arvon on jo joku toinen, tai tietue, johon se viittaa, puuttuu). Tarkista lomake ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The disk of the database %1 is full, so the change was not saved. Free some space, then try again.</source>
        <translation>Tietokannan %1 levy on täynnä, joten muutosta ei tallennettu. Vapauta tilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The database %1 was busy with another program&apos;s change, so this change was not saved. Try again in a moment.</source>
        <translation>Tietokanta %1 oli varattuna toisen ohjelman muutokselle, joten tätä muutosta ei tallennettu. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <source>The database %1 is damaged, so the change was not saved. Restore it from a backup (Settings ▸ Backups).</source>
        <translation>Tietokanta %1 on vioittunut, joten muutosta ei tallennettu. Palauta se varmuuskopiosta (Asetukset ▸ Varmuuskopiot).</translation>
    </message>
    <message>
        <source>The disk could not write to the database %1, so the change was not saved. Check the disk or the network connection, then try again.</source>
        <translation>Levy ei pystynyt kirjoittamaan tietokantaan %1, joten muutosta ei tallennettu. Tarkista levy tai verkkoyhteys ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: its check failed. Tukipolku no longer writes to it, so that nothing more is lost. Restore it from a backup (Settings ▸ Backups) or ask your IT support for help.</source>
        <translation>Tietokanta %1 on vioittunut: sen tarkistus epäonnistui. Tukipolku ei enää kirjoita siihen, jotta mitään ei katoaisi lisää. Palauta se varmuuskopiosta (Asetukset ▸ Varmuuskopiot) tai pyydä apua IT-tuelta.</translation>
    </message>
</context>
<context>
    <name>DatabaseIdentityRepository</name>
    <message>
        <source>This database&apos;s own id could not be read: %1</source>
        <translation>Tämän tietokannan omaa tunnistetta ei voitu lukea: %1</translation>
    </message>
</context>
<context>
    <name>DeadlineReport</name>
    <message>
        <source>Case id</source>
        <translation>Asiakkuuden tunniste</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Asiakkuusnumero</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Lapsi</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Alkamispäivä</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>DecisionDocuments</name>
    <message>
        <source>The decision&apos;s document could not be made.</source>
        <translation>Päätöksen asiakirjaa ei voitu muodostaa.</translation>
    </message>
    <message>
        <source>Decision %1 was issued in %2: an issued decision is printed only as it was issued.</source>
        <translation>Päätös %1 annettiin kielellä %2: annettu päätös tulostetaan vain sellaisena kuin se annettiin.</translation>
    </message>
    <message>
        <source>The decision&apos;s document was not found.</source>
        <translation>Päätöksen asiakirjaa ei löytynyt.</translation>
    </message>
    <message>
        <source>Record first how and when the decision is sent to %1: the copy shows their own last day for a request for review.</source>
        <translation>Kirjaa ensin, miten ja milloin päätös lähetetään vastaanottajalle %1: kappaleessa näkyy hänen oma oikaisuvaatimuksensa viimeinen päivä.</translation>
    </message>
</context>
<context>
    <name>DecisionRecipients</name>
    <message>
        <source>The recipient of the decision was not found.</source>
        <translation>Päätöksen vastaanottajaa ei löytynyt.</translation>
    </message>
    <message>
        <source>The decision was not found.</source>
        <translation>Päätöstä ei löytynyt.</translation>
    </message>
</context>
<context>
    <name>DecisionRepository</name>
    <message>
        <source>Decision %1 has been issued and is not changed. Make a correcting decision instead.</source>
        <translation>Päätös %1 on annettu, eikä sitä muuteta. Tee sen sijaan korjaava päätös.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Päättymispäivä ei voi olla ennen alkamispäivää.</translation>
    </message>
    <message>
        <source>The case of the decision was not found.</source>
        <translation>Päätöksen asiakkuutta ei löytynyt.</translation>
    </message>
    <message>
        <source>The decision was not found.</source>
        <translation>Päätöstä ei löytynyt.</translation>
    </message>
    <message>
        <source>Decision %1 has already been issued.</source>
        <translation>Päätös %1 on jo annettu.</translation>
    </message>
    <message>
        <source>The decision cannot be issued yet: %1</source>
        <translation>Päätöstä ei voi vielä antaa: %1</translation>
    </message>
    <message>
        <source>Enter the date the decision is issued: today or an earlier day.</source>
        <translation>Kirjoita päätöksen antopäivä: tämä päivä tai aiempi päivä.</translation>
    </message>
    <message>
        <source>The decision is dated %1, before its draft was made or more than %2 days back: write why.</source>
        <translation>Päätöksen päiväys on %1, ennen luonnoksen tekemistä tai yli %2 päivää sitten: kirjoita syy.</translation>
    </message>
    <message>
        <source>Record the child&apos;s guardians in the family: the decision is served on each of them.</source>
        <translation>Kirjaa lapsen huoltajat perheeseen: päätös annetaan tiedoksi jokaiselle heistä.</translation>
    </message>
</context>
<context>
    <name>DecisionRules</name>
    <message>
        <source>Choose the service or measure the decision is about.</source>
        <translation>Valitse palvelu tai tukitoimi, jota päätös koskee.</translation>
    </message>
    <message>
        <source>Write the goal of the service.</source>
        <translation>Kirjoita palvelun tavoite.</translation>
    </message>
    <message>
        <source>Enter the start date.</source>
        <translation>Kirjoita alkamispäivä.</translation>
    </message>
    <message>
        <source>Enter the end date: a decision is always fixed-term.</source>
        <translation>Kirjoita päättymispäivä: päätös on aina määräaikainen.</translation>
    </message>
    <message>
        <source>The end date cannot be before the start date.</source>
        <translation>Päättymispäivä ei voi olla ennen alkamispäivää.</translation>
    </message>
    <message>
        <source>Name the provisions applied, e.g. LSL 36 §.</source>
        <translation>Nimeä sovelletut säännökset, esim. LSL 36 §.</translation>
    </message>
    <message>
        <source>Write the facts and the evidence the decision rests on.</source>
        <translation>Kirjoita tosiasiat ja selvitykset, joihin päätös perustuu.</translation>
    </message>
    <message>
        <source>Write the reasons: why this was decided.</source>
        <translation>Kirjoita perustelut: miksi näin päätettiin.</translation>
    </message>
    <message>
        <source>Name the parties the decision directly concerns.</source>
        <translation>Nimeä asianosaiset, joita päätös välittömästi koskee.</translation>
    </message>
    <message>
        <source>Name the person who gives more information, with contact details.</source>
        <translation>Nimeä lisätietoja antava henkilö yhteystietoineen.</translation>
    </message>
    <message>
        <source>An LSL decision needs child welfare client status.</source>
        <translation>LSL:n mukainen päätös edellyttää lastensuojelun asiakkuutta.</translation>
    </message>
    <message>
        <source>Enter the day the service ends.</source>
        <translation>Kirjoita päivä, jona palvelu päättyy.</translation>
    </message>
    <message>
        <source>Enter the days of care a month the support family is granted.</source>
        <translation>Kirjoita tukiperheen myönnetyt hoitovuorokaudet kuukaudessa.</translation>
    </message>
    <message>
        <source>Enter the meetings a month with the support person.</source>
        <translation>Kirjoita tukihenkilön tapaamiset kuukaudessa.</translation>
    </message>
    <message>
        <source>Enter the hours of family work a week.</source>
        <translation>Kirjoita perhetyön tunnit viikossa.</translation>
    </message>
    <message>
        <source>A change is made to a service granted by an issued decision: issue that decision first.</source>
        <translation>Muutos tehdään palveluun, joka on myönnetty annetulla päätöksellä: anna se päätös ensin.</translation>
    </message>
    <message>
        <source>The change decision changes nothing that was granted: change the extent, the end date or the provider.</source>
        <translation>Muutospäätös ei muuta mitään myönnettyä: muuta määrää, päättymispäivää tai palvelun tuottajaa.</translation>
    </message>
    <message>
        <source>Record the child&apos;s own opinion, or why it could not be found out (LSL 5 §, 20 §).</source>
        <translation>Kirjaa lapsen oma mielipide tai se, miksi sitä ei voitu selvittää (LSL 5 §, 20 §).</translation>
    </message>
    <message>
        <source>Write the child&apos;s opinion and how it was found out.</source>
        <translation>Kirjoita lapsen mielipide ja miten se selvitettiin.</translation>
    </message>
    <message>
        <source>Write why the child&apos;s opinion could not be found out.</source>
        <translation>Kirjoita, miksi lapsen mielipidettä ei voitu selvittää.</translation>
    </message>
    <message>
        <source>Record when and how %1 was heard, or why not (HL 34 §).</source>
        <translation>Kirjaa, milloin ja miten %1 kuultiin, tai miksi ei kuultu (HL 34 §).</translation>
    </message>
    <message>
        <source>Name the ground of the correction: an error of fact or procedure (HL 50 §) or a clerical error (HL 51 §).</source>
        <translation>Valitse korjauksen peruste: asia- tai menettelyvirhe (HL 50 §) tai kirjoitus- tai laskuvirhe (HL 51 §).</translation>
    </message>
    <message>
        <source>A correction to a party&apos;s detriment needs their consent or a hearing (HL 50 § 2 mom): record it.</source>
        <translation>Asianosaisen vahingoksi tehtävä korjaus edellyttää hänen suostumustaan tai kuulemistaan (HL 50 § 2 mom): kirjaa se.</translation>
    </message>
    <message>
        <source>Name the worker who makes the decision.</source>
        <translation>Nimeä työntekijä, joka tekee päätöksen.</translation>
    </message>
    <message>
        <source>%1 has no authority to make decisions: name another decision maker, or give the authority in Settings, Workers.</source>
        <translation>Työntekijällä %1 ei ole päätösvaltaa: nimeä toinen päätöksentekijä tai anna päätösvalta kohdassa Asetukset, Työntekijät.</translation>
    </message>
</context>
<context>
    <name>DecisionService</name>
    <message>
        <source>Only an issued decision is sent to the parties.</source>
        <translation>Asianosaisille lähetetään vain annettu päätös.</translation>
    </message>
    <message>
        <source>Enter the day it was sent or handed over: on or after the day the decision was issued (%1), and not in the future.</source>
        <translation>Kirjoita lähetys- tai luovutuspäivä: aikaisintaan päätöksen antopäivä (%1) eikä tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The day it was received cannot be before it was sent, nor in the future.</source>
        <translation>Tiedoksisaantipäivä ei voi olla ennen lähetyspäivää eikä tulevaisuudessa.</translation>
    </message>
    <message>
        <source>A decision handed over in person is received on the day it is handed over.</source>
        <translation>Henkilökohtaisesti luovutettu päätös on saatu tiedoksi luovutuspäivänä.</translation>
    </message>
    <message>
        <source>Record first how and when the decision was sent to %1.</source>
        <translation>Kirjaa ensin, miten ja milloin päätös lähetettiin vastaanottajalle %1.</translation>
    </message>
    <message>
        <source>Enter the day %1 received it: on or after the day it was sent (%2), and not in the future.</source>
        <translation>Kirjoita päivä, jona %1 sai päätöksen tiedoksi: aikaisintaan lähetyspäivä (%2) eikä tulevaisuudessa.</translation>
    </message>
    <message>
        <source>Enter the day the request for review arrived: on or after the day the decision was sent (%1), and not in the future.</source>
        <translation>Kirjoita päivä, jona oikaisuvaatimus saapui: aikaisintaan päätöksen lähetyspäivä (%1) eikä tulevaisuudessa.</translation>
    </message>
    <message numerus="yes">
        <source>Not yet sent to every recipient (%n still to send).</source>
        <translation>
            <numerusform>Päätöstä ei ole vielä lähetetty kaikille vastaanottajille (%n lähettämättä).</numerusform>
            <numerusform>Päätöstä ei ole vielä lähetetty kaikille vastaanottajille (%n lähettämättä).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sent to everyone; a receipt is still awaited.</source>
        <translation>Lähetetty kaikille; saantitodistusta odotetaan vielä.</translation>
    </message>
    <message>
        <source>The time for a request for review runs until %1.</source>
        <translation>Oikaisuvaatimusaika päättyy %1.</translation>
    </message>
    <message>
        <source>A request for review has been made: the decision is not final.</source>
        <translation>Päätöksestä on tehty oikaisuvaatimus: päätös ei ole lainvoimainen.</translation>
    </message>
    <message>
        <source>Final (lainvoimainen) from %1.</source>
        <translation>Lainvoimainen %1 alkaen.</translation>
    </message>
    <message>
        <source>%1 asked for review on %2, so the decision had reached them: a sending after that day is not recorded.</source>
        <translation>%1 teki oikaisuvaatimuksen %2, joten päätös oli jo tullut hänen tietoonsa: sen jälkeistä lähetystä ei kirjata.</translation>
    </message>
    <message>
        <source>No recipients were recorded when this decision was issued.</source>
        <translation>Päätöstä annettaessa sille ei kirjattu vastaanottajia.</translation>
    </message>
</context>
<context>
    <name>DemoGenerator</name>
    <message>
        <source>Give the number of demo families as a positive number.</source>
        <translation>Anna esittelyperheiden määrä positiivisena lukuna.</translation>
    </message>
    <message>
        <source>The database %1 already holds families. Demo data is only written into a new, empty database.</source>
        <translation>Tietokannassa %1 on jo perheitä. Esittelytiedot kirjoitetaan vain uuteen, tyhjään tietokantaan.</translation>
    </message>
</context>
<context>
    <name>FamilyRepository</name>
    <message>
        <source>Enter a name for the family, usually the family name.</source>
        <translation>Kirjoita perheelle nimi, yleensä sukunimi.</translation>
    </message>
</context>
<context>
    <name>FieldCopyCommands</name>
    <message>
        <source>    %1: here &quot;%2&quot;, in the field copy &quot;%3&quot;</source>
        <translation>    %1: täällä ”%2”, kenttäkopiossa ”%3”</translation>
    </message>
    <message>
        <source>Give the file to write with --output FILE.tpfield.</source>
        <translation>Anna kirjoitettava tiedosto valitsimella --output TIEDOSTO.tpfield.</translation>
    </message>
    <message>
        <source>A field copy is always encrypted: give the password with --password-file F.</source>
        <translation>Kenttäkopio on aina salattu: anna salasana valitsimella --password-file F.</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>komentorivi</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the field copy %1 of %n family(ies).</source>
        <translation>
            <numerusform>Kirjoitettiin kenttäkopio %1, jossa on %n perhe.</numerusform>
            <numerusform>Kirjoitettiin kenttäkopio %1, jossa on %n perhettä.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported %1: %2 new, %3 changed in the field copy, %4 kept as changed here, %5 unchanged.</source>
        <translation>Tuotiin %1: %2 uutta, %3 kenttäkopiossa muutettua, %4 täällä muutettuna säilytettyä, %5 muuttumatonta.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed both here and in the field copy; they were left as they are here. Import the file in the program (File ▸ Import a Field Copy) to choose which version to keep:</source>
        <translation>
            <numerusform>%n tieto on muutettu sekä täällä että kenttäkopiossa; se jätettiin ennalleen. Tuo tiedosto ohjelmassa (Tiedosto ▸ Tuo kenttäkopio) ja valitse, kumpi versio säilytetään:</numerusform>
            <numerusform>%n tietoa on muutettu sekä täällä että kenttäkopiossa; ne jätettiin ennalleen. Tuo tiedosto ohjelmassa (Tiedosto ▸ Tuo kenttäkopio) ja valitse, kumpi versio säilytetään:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldCopyExport</name>
    <message>
        <source>The field copy could not be written: %1</source>
        <translation>Kenttäkopiota ei voitu kirjoittaa: %1</translation>
    </message>
    <message>
        <source>There is no family with the id %1.</source>
        <translation>Perhettä tunnuksella %1 ei ole.</translation>
    </message>
    <message>
        <source>field copy %1</source>
        <translation>kenttäkopio %1</translation>
    </message>
    <message>
        <source>Choose at least one family for the field copy.</source>
        <translation>Valitse kenttäkopioon vähintään yksi perhe.</translation>
    </message>
    <message>
        <source>The password of a field copy must have at least %1 characters.</source>
        <translation>Kenttäkopion salasanassa on oltava vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>The file %1 already exists: a field copy never overwrites a file.</source>
        <translation>Tiedosto %1 on jo olemassa: kenttäkopio ei koskaan korvaa tiedostoa.</translation>
    </message>
</context>
<context>
    <name>FieldCopyImport</name>
    <message>
        <source>The field copy could not be imported; nothing was changed: %1</source>
        <translation>Kenttäkopiota ei voitu tuoda; mitään ei muutettu: %1</translation>
    </message>
    <message>
        <source>Read a field copy before importing it.</source>
        <translation>Lue kenttäkopio ennen sen tuomista.</translation>
    </message>
    <message>
        <source>The field copy could not be read: %1</source>
        <translation>Kenttäkopiota ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Tiedostoa %1 ei ole.</translation>
    </message>
    <message>
        <source>%1 is not a field copy: a field copy is always an encrypted file.</source>
        <translation>%1 ei ole kenttäkopio: kenttäkopio on aina salattu tiedosto.</translation>
    </message>
    <message>
        <source>%1 is an encrypted backup, not a field copy: restore it from Settings ▸ Backups.</source>
        <translation>%1 on salattu varmuuskopio eikä kenttäkopio: palauta se kohdassa Asetukset ▸ Varmuuskopiot.</translation>
    </message>
    <message>
        <source>%1 (%2) was not taken: another record here already has it. Correct one of them and import again.</source>
        <translation>Tietoa %1 (%2) ei otettu: täällä toisella tiedolla on jo sama. Korjaa jompikumpi ja tuo uudelleen.</translation>
    </message>
    <message>
        <source>%1 was not taken because the %2 it belongs to was not taken.</source>
        <translation>Tietoa %1 ei otettu, koska tietoa %2, johon se kuuluu, ei otettu.</translation>
    </message>
    <message>
        <source>%1 is not among the families and cases this field copy was made with, so it was not taken.</source>
        <translation>%1 ei kuulu niihin perheisiin ja asiakkuuksiin, joista tämä kenttäkopio tehtiin, joten sitä ei otettu.</translation>
    </message>
</context>
<context>
    <name>FieldCopyScope</name>
    <message>
        <source>This database is a laptop&apos;s copy, and only the families its field copy brought can go back in a field copy. Record the others at the office.</source>
        <translation>Tämä tietokanta on kannettavan kopio, ja kenttäkopiossa voi palauttaa vain ne perheet, jotka sen kenttäkopio toi. Kirjaa muut toimistolla.</translation>
    </message>
    <message>
        <source>The field copy does not say which database it belongs to (it was made by an older version of Tukipolku). Nothing was imported: make a new field copy.</source>
        <translation>Kenttäkopiosta ei käy ilmi, mihin tietokantaan se kuuluu (se on tehty Tukipolun vanhemmalla versiolla). Mitään ei tuotu: tee uusi kenttäkopio.</translation>
    </message>
    <message>
        <source>The list of families and cases in the field copy has been changed after the copy was made. Nothing was imported.</source>
        <translation>Kenttäkopion perhe- ja asiakkuusluetteloa on muutettu kopion tekemisen jälkeen. Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>The field copy was made from another database than the one this laptop&apos;s copy came from. Nothing was imported.</source>
        <translation>Kenttäkopio on tehty eri tietokannasta kuin se, josta tämän kannettavan kopio on peräisin. Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>The field copy was made from another database. A field copy can only come back into the database it was made from, or go to a laptop&apos;s database. Nothing was imported.</source>
        <translation>Kenttäkopio on tehty toisesta tietokannasta. Kenttäkopion voi tuoda vain takaisin siihen tietokantaan, josta se tehtiin, tai kannettavan tietokantaan. Mitään ei tuotu.</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Perhe</translation>
    </message>
    <message>
        <source>Family member</source>
        <translation>Perheenjäsen</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Asiakkuus</translation>
    </message>
    <message>
        <source>Initiation</source>
        <translation>Vireilletulo</translation>
    </message>
    <message>
        <source>Service need assessment</source>
        <translation>Palvelutarpeen arviointi</translation>
    </message>
    <message>
        <source>Client plan</source>
        <translation>Asiakassuunnitelma</translation>
    </message>
    <message>
        <source>Plan goal</source>
        <translation>Suunnitelman tavoite</translation>
    </message>
    <message>
        <source>Support measure</source>
        <translation>Tukitoimi</translation>
    </message>
    <message>
        <source>Support family stay</source>
        <translation>Hoitojakso tukiperheessä</translation>
    </message>
    <message>
        <source>Support person meeting</source>
        <translation>Tukihenkilön tapaaminen</translation>
    </message>
    <message>
        <source>Family work visit</source>
        <translation>Perhetyön käynti</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <source>Decision notification</source>
        <translation>Päätöksen tiedoksianto</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <source>Agreement party</source>
        <translation>Sopimuksen osapuoli</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Toteuttaja</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Measure catalogue entry</source>
        <translation>Tukitoimiluettelon kohta</translation>
    </message>
    <message>
        <source>Change history</source>
        <translation>Muutoshistoria</translation>
    </message>
    <message>
        <source>Access log entry</source>
        <translation>Käyttölokin merkintä</translation>
    </message>
    <message>
        <source>Organisation setting</source>
        <translation>Organisaation asetus</translation>
    </message>
    <message>
        <source>Compensation rate</source>
        <translation>Korvaustaksa</translation>
    </message>
    <message>
        <source>Reported month</source>
        <translation>Raportoitu kuukausi</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Luotu</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Viimeksi muutettu</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Muutoksen tekijä</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Arkistoitu</translation>
    </message>
    <message>
        <source>First names</source>
        <translation>Etunimet</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Sukunimi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Lähiosoite</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>Post office</source>
        <translation>Postitoimipaikka</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Järjestys</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Oikeusperuste</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Alkamispäivä</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Päättymispäivä</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Peruutuksen syy</translation>
    </message>
    <message>
        <source>Kilometres driven</source>
        <translation>Ajetut kilometrit</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Kesto minuutteina</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Palkkio</translation>
    </message>
    <message>
        <source>Fee paid per</source>
        <translation>Palkkio maksetaan</translation>
    </message>
    <message>
        <source>Expense allowance</source>
        <translation>Kulukorvaus</translation>
    </message>
    <message>
        <source>Expense allowance paid per</source>
        <translation>Kulukorvaus maksetaan</translation>
    </message>
    <message>
        <source>Mileage allowance per km</source>
        <translation>Kilometrikorvaus/km</translation>
    </message>
    <message>
        <source>Signed content</source>
        <translation>Allekirjoitettu sisältö</translation>
    </message>
    <message>
        <source>Printed document</source>
        <translation>Tulostettu asiakirja</translation>
    </message>
    <message>
        <source>Document language</source>
        <translation>Asiakirjan kieli</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Tiedon laji</translation>
    </message>
    <message>
        <source>Record id</source>
        <translation>Tiedon tunniste</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Syntymäaika</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sukupuoli</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Perheen nimi</translation>
    </message>
    <message>
        <source>Role in the family</source>
        <translation>Rooli perheessä</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Nimike</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Asiakkuusnumero</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Lapsi</translation>
    </message>
    <message>
        <source>Responsible social worker</source>
        <translation>Vastaava sosiaalityöntekijä</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Child welfare client since</source>
        <translation>Lastensuojelun asiakkuus alkanut</translation>
    </message>
    <message>
        <source>Child welfare basis</source>
        <translation>Lastensuojelun asiakkuuden peruste</translation>
    </message>
    <message>
        <source>Why no client plan</source>
        <translation>Miksi asiakassuunnitelmaa ei laadita</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Asiakkuus päättynyt</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Päättämisen syy</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Seuraava määräaika</translation>
    </message>
    <message>
        <source>Next deadline due</source>
        <translation>Seuraava määräpäivä</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Contact channel</source>
        <translation>Yhteystapa</translation>
    </message>
    <message>
        <source>Contact made by</source>
        <translation>Yhteydenottaja</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Viranomainen</translation>
    </message>
    <message>
        <source>Child welfare notification</source>
        <translation>Lastensuojeluilmoitus</translation>
    </message>
    <message>
        <source>Notified by</source>
        <translation>Ilmoittaja</translation>
    </message>
    <message>
        <source>Reasons for contact</source>
        <translation>Yhteydenoton syyt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Urgency assessed on</source>
        <translation>Kiireellisyys arvioitu</translation>
    </message>
    <message>
        <source>Urgency assessed by</source>
        <translation>Kiireellisyyden arvioija</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Kiireellinen</translation>
    </message>
    <message>
        <source>Assessment decided on</source>
        <translation>Arvioinnista päätetty</translation>
    </message>
    <message>
        <source>Assessment starts</source>
        <translation>Arviointi aloitetaan</translation>
    </message>
    <message>
        <source>Why no assessment</source>
        <translation>Miksi arviointia ei tehdä</translation>
    </message>
    <message>
        <source>Family told on</source>
        <translation>Perheelle ilmoitettu</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Aloitettu</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Valmistunut</translation>
    </message>
    <message>
        <source>Duration of the need</source>
        <translation>Tarpeen kesto</translation>
    </message>
    <message>
        <source>Own worker needed</source>
        <translation>Omatyöntekijä tarvitaan</translation>
    </message>
    <message>
        <source>Own worker</source>
        <translation>Omatyöntekijä</translation>
    </message>
    <message>
        <source>Child welfare need</source>
        <translation>Lastensuojelun tarve</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Plan made on</source>
        <translation>Suunnitelma laadittu</translation>
    </message>
    <message>
        <source>Service and support needs</source>
        <translation>Palvelu- ja tukitarpeet</translation>
    </message>
    <message>
        <source>Circumstances to influence</source>
        <translation>Vaikutettavat olosuhteet</translation>
    </message>
    <message>
        <source>Services and support measures</source>
        <translation>Palvelut ja tukitoimet</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Arvioitu aika</translation>
    </message>
    <message>
        <source>Differing views</source>
        <translation>Eriävät näkemykset</translation>
    </message>
    <message>
        <source>Meetings with the child</source>
        <translation>Tapaamiset lapsen kanssa</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Seuraava tarkistus</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Tavoitepäivä</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <source>Name in Finnish</source>
        <translation>Nimi suomeksi</translation>
    </message>
    <message>
        <source>Name in Swedish</source>
        <translation>Nimi ruotsiksi</translation>
    </message>
    <message>
        <source>Social Welfare Act (SHL)</source>
        <translation>Sosiaalihuoltolaki (SHL)</translation>
    </message>
    <message>
        <source>Child Welfare Act (LSL)</source>
        <translation>Lastensuojelulaki (LSL)</translation>
    </message>
    <message>
        <source>Child welfare clients only</source>
        <translation>Vain lastensuojelun asiakkaille</translation>
    </message>
    <message>
        <source>Logged as</source>
        <translation>Kirjaustapa</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Poistettu käytöstä</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Suunniteltu päättymispäivä</translation>
    </message>
    <message>
        <source>Monthly days of care</source>
        <translation>Hoitovuorokausia kuukaudessa</translation>
    </message>
    <message>
        <source>Meetings a month</source>
        <translation>Tapaamisia kuukaudessa</translation>
    </message>
    <message>
        <source>Hours a week</source>
        <translation>Tunteja viikossa</translation>
    </message>
    <message>
        <source>Intensified family work</source>
        <translation>Tehostettu perhetyö</translation>
    </message>
    <message>
        <source>Kind of provider</source>
        <translation>Toteuttajan tyyppi</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Aikuiset</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>Capacity (children)</source>
        <translation>Kapasiteetti (lapsia)</translation>
    </message>
    <message>
        <source>Minimum age</source>
        <translation>Alaikäraja</translation>
    </message>
    <message>
        <source>Maximum age</source>
        <translation>Yläikäraja</translation>
    </message>
    <message>
        <source>Training completed</source>
        <translation>Koulutus suoritettu</translation>
    </message>
    <message>
        <source>Criminal record checked</source>
        <translation>Rikosrekisteriote tarkistettu</translation>
    </message>
    <message>
        <source>Bank account (IBAN)</source>
        <translation>Tilinumero (IBAN)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Saakka</translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation>Tapaamispäivä</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Mitä tehtiin</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Käyntipäivä</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Paikalla</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Voimassa alkaen</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Replaces version</source>
        <translation>Korvaa version</translation>
    </message>
    <message>
        <source>Need for support</source>
        <translation>Tuen tarve</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Kuinka usein</translation>
    </message>
    <message>
        <source>Where and how</source>
        <translation>Missä ja miten</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Kuljetukset</translation>
    </message>
    <message>
        <source>Contact between the families</source>
        <translation>Perheiden väliset yhteydet</translation>
    </message>
    <message>
        <source>On illness or cancellation</source>
        <translation>Sairastuminen tai peruutus</translation>
    </message>
    <message>
        <source>Review and ending</source>
        <translation>Tarkistus ja päättyminen</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Vaitiolovelvollisuus</translation>
    </message>
    <message>
        <source>Reason for ending</source>
        <translation>Päättymisen syy</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Allekirjoituspäivä</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Päätöksen laji</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Provisions applied</source>
        <translation>Sovelletut säännökset</translation>
    </message>
    <message>
        <source>Facts and evidence</source>
        <translation>Tosiasiat ja selvitykset</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation>Perustelut</translation>
    </message>
    <message>
        <source>Parties concerned</source>
        <translation>Asianosaiset</translation>
    </message>
    <message>
        <source>Decision maker</source>
        <translation>Päätöksentekijä</translation>
    </message>
    <message>
        <source>More information from</source>
        <translation>Lisätietoja antaa</translation>
    </message>
    <message>
        <source>Corrects decision</source>
        <translation>Korjattava päätös</translation>
    </message>
    <message>
        <source>Decision number</source>
        <translation>Päätöksen numero</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Antopäivä</translation>
    </message>
    <message>
        <source>Issued content</source>
        <translation>Annettu sisältö</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>Tiedoksiantotapa</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Lähetyspäivä</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Lisätieto</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Aiempi arvo</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Uusi arvo</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Asetus</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <source>Hearing of a party</source>
        <translation>Asianosaisen kuuleminen</translation>
    </message>
    <message>
        <source>Guardians&apos; views</source>
        <translation>Huoltajien mielipide</translation>
    </message>
    <message>
        <source>Child&apos;s opinion found out</source>
        <translation>Lapsen mielipide selvitetty</translation>
    </message>
    <message>
        <source>Child&apos;s opinion</source>
        <translation>Lapsen mielipide</translation>
    </message>
    <message>
        <source>How the child&apos;s opinion was found out</source>
        <translation>Miten lapsen mielipide selvitettiin</translation>
    </message>
    <message>
        <source>Ground of the correction</source>
        <translation>Korjauksen peruste</translation>
    </message>
    <message>
        <source>Correction to a party&apos;s detriment</source>
        <translation>Korjaus asianosaisen vahingoksi</translation>
    </message>
    <message>
        <source>Consent or hearing for the correction</source>
        <translation>Suostumus tai kuuleminen korjaukseen</translation>
    </message>
    <message>
        <source>Reason for an earlier date</source>
        <translation>Syy aiempaan päiväykseen</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Asianosainen</translation>
    </message>
    <message>
        <source>Heard on</source>
        <translation>Kuultu</translation>
    </message>
    <message>
        <source>How heard</source>
        <translation>Miten kuultu</translation>
    </message>
    <message>
        <source>Not heard because (HL 34 § 2 mom)</source>
        <translation>Kuulematta, koska (HL 34 § 2 mom)</translation>
    </message>
    <message>
        <source>Recipient of a decision</source>
        <translation>Päätöksen vastaanottaja</translation>
    </message>
    <message>
        <source>Issued decision document</source>
        <translation>Annetun päätöksen asiakirja</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <source>Recipient as</source>
        <translation>Vastaanottajana</translation>
    </message>
    <message>
        <source>Language of the copy</source>
        <translation>Kappaleen kieli</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Lähetetty osoitteeseen</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Saatu tiedoksi</translation>
    </message>
    <message>
        <source>Request for review made on</source>
        <translation>Oikaisuvaatimus tehty</translation>
    </message>
    <message>
        <source>Child met in person</source>
        <translation>Lapsi tavattu henkilökohtaisesti</translation>
    </message>
    <message>
        <source>How the child was met, or why not</source>
        <translation>Miten lapsi tavattiin tai miksi ei</translation>
    </message>
    <message>
        <source>Opened the case</source>
        <translation>Avasi asiakkuuden</translation>
    </message>
    <message>
        <source>Taken into the ongoing work</source>
        <translation>Otettu osaksi meneillään olevaa työtä</translation>
    </message>
    <message>
        <source>Notifier&apos;s name</source>
        <translation>Ilmoittajan nimi</translation>
    </message>
    <message>
        <source>Notifier&apos;s organisation</source>
        <translation>Ilmoittajan organisaatio</translation>
    </message>
    <message>
        <source>Notifier&apos;s title</source>
        <translation>Ilmoittajan ammattinimike</translation>
    </message>
    <message>
        <source>Notifier&apos;s phone</source>
        <translation>Ilmoittajan puhelin</translation>
    </message>
    <message>
        <source>Notifier&apos;s e-mail</source>
        <translation>Ilmoittajan sähköposti</translation>
    </message>
    <message>
        <source>Notifier anonymous</source>
        <translation>Ilmoittaja nimetön</translation>
    </message>
    <message>
        <source>Report to the police</source>
        <translation>Ilmoitus poliisille</translation>
    </message>
    <message>
        <source>Reported to the police on</source>
        <translation>Ilmoitettu poliisille</translation>
    </message>
    <message>
        <source>Why not reported to the police</source>
        <translation>Miksi poliisille ei ilmoitettu</translation>
    </message>
    <message>
        <source>Why a case of its own</source>
        <translation>Miksi oma asiakkuus</translation>
    </message>
</context>
<context>
    <name>Iban</name>
    <message>
        <source>The IBAN must begin with a two-letter country code and two check digits, such as FI21.</source>
        <translation>IBAN-tilinumeron on alettava kaksikirjaimisella maatunnuksella ja kahdella tarkistusnumerolla, esimerkiksi FI21.</translation>
    </message>
    <message>
        <source>The IBAN is too short: an IBAN beginning with %1 has %2 characters, this one has %3.</source>
        <translation>IBAN-tilinumero on liian lyhyt: %1-alkuisessa IBAN-tilinumerossa on %2 merkkiä, tässä on %3.</translation>
    </message>
    <message>
        <source>The IBAN is too long: an IBAN beginning with %1 has %2 characters, this one has %3.</source>
        <translation>IBAN-tilinumero on liian pitkä: %1-alkuisessa IBAN-tilinumerossa on %2 merkkiä, tässä on %3.</translation>
    </message>
    <message>
        <source>The IBAN is too short: an IBAN has at least %1 characters, this one has %2.</source>
        <translation>IBAN-tilinumero on liian lyhyt: IBAN-tilinumerossa on vähintään %1 merkkiä, tässä on %2.</translation>
    </message>
    <message>
        <source>The IBAN is too long: an IBAN has at most %1 characters, this one has %2.</source>
        <translation>IBAN-tilinumero on liian pitkä: IBAN-tilinumerossa on enintään %1 merkkiä, tässä on %2.</translation>
    </message>
    <message>
        <source>Character %1 of the IBAN (not counting spaces) is &quot;%2&quot;, but an IBAN beginning with %3 has a digit there.</source>
        <translation>IBAN-tilinumeron %1. merkki (välilyöntejä laskematta) on &quot;%2&quot;, mutta %3-alkuisessa IBAN-tilinumerossa siinä kohdassa on numero.</translation>
    </message>
    <message>
        <source>Character %1 of the IBAN (not counting spaces) is &quot;%2&quot;, but an IBAN beginning with %3 has a letter there.</source>
        <translation>IBAN-tilinumeron %1. merkki (välilyöntejä laskematta) on &quot;%2&quot;, mutta %3-alkuisessa IBAN-tilinumerossa siinä kohdassa on kirjain.</translation>
    </message>
    <message>
        <source>The IBAN is missing. Enter it in the form FI21 1234 5600 0007 85.</source>
        <translation>IBAN-tilinumero puuttuu. Kirjoita se muodossa FI21 1234 5600 0007 85.</translation>
    </message>
    <message>
        <source>The IBAN contains &quot;%1&quot;, which is not allowed: use only the letters A to Z and the digits 0 to 9.</source>
        <translation>IBAN-tilinumerossa on merkki &quot;%1&quot;, jota ei sallita: käytä vain kirjaimia A–Z ja numeroita 0–9.</translation>
    </message>
    <message>
        <source>The check digits of the IBAN do not match: check the account number.</source>
        <translation>IBAN-tilinumeron tarkistusnumerot eivät täsmää: tarkista tilinumero.</translation>
    </message>
</context>
<context>
    <name>IdentityCode</name>
    <message>
        <source>The identity code must have 11 characters: birth date, century sign, individual number and check character (e.g. 131052-308T).</source>
        <translation>Henkilötunnuksessa on oltava 11 merkkiä: syntymäaika, välimerkki, yksilönumero ja tarkistusmerkki (esim. 131052-308T).</translation>
    </message>
    <message>
        <source>The first six characters of the identity code must be the birth date as digits: day, month and year (e.g. 131052).</source>
        <translation>Henkilötunnuksen kuuden ensimmäisen merkin on oltava syntymäaika numeroina: päivä, kuukausi ja vuosi (esim. 131052).</translation>
    </message>
    <message>
        <source>Characters 8 to 10 of the identity code must be the individual number as digits (e.g. 308).</source>
        <translation>Henkilötunnuksen merkkien 8–10 on oltava yksilönumero numeroina (esim. 308).</translation>
    </message>
    <message>
        <source>The birth date %1 does not exist.</source>
        <translation>Syntymäaikaa %1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>The identity code is missing. Enter it in the form 131052-308T.</source>
        <translation>Henkilötunnus puuttuu. Kirjoita se muodossa 131052-308T.</translation>
    </message>
    <message>
        <source>The character after the birth date (&quot;%1&quot;) is not a century sign. Use + for people born in the 1800s, - Y X W V U for the 1900s and A B C D E F for the 2000s.</source>
        <translation>Syntymäajan jälkeinen merkki (&quot;%1&quot;) ei ole välimerkki. Käytä merkkiä + 1800-luvulla syntyneille, merkkejä - Y X W V U 1900-luvulla ja merkkejä A B C D E F 2000-luvulla syntyneille.</translation>
    </message>
    <message>
        <source>The individual number %1 is not in use: it must be between 002 and 999.</source>
        <translation>Yksilönumero %1 ei ole käytössä: sen on oltava välillä 002–999.</translation>
    </message>
    <message>
        <source>The check character should be %1, not %2. A typing error elsewhere in the code also changes the check character, so check the whole code.</source>
        <translation>Tarkistusmerkin pitäisi olla %1, ei %2. Kirjoitusvirhe muualla tunnuksessa muuttaa myös tarkistusmerkkiä, joten tarkista koko tunnus.</translation>
    </message>
    <message>
        <source>The birth date %1 is in the future: check the date and the century sign.</source>
        <translation>Syntymäaika %1 on tulevaisuudessa: tarkista päivämäärä ja välimerkki.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Initiation</source>
        <translation>Vireilletulo</translation>
    </message>
    <message>
        <source>Service need assessment</source>
        <translation>Palvelutarpeen arviointi</translation>
    </message>
    <message>
        <source>Client plan</source>
        <translation>Asiakassuunnitelma</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Lapsi</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Huoltaja</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Vanhempi</translation>
    </message>
    <message>
        <source>Other adult</source>
        <translation>Muu aikuinen</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Henkilökohtaisesti</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>Sähköisesti</translation>
    </message>
    <message>
        <source>The child</source>
        <translation>Lapsi itse</translation>
    </message>
    <message>
        <source>Relative or friend</source>
        <translation>Sukulainen tai ystävä</translation>
    </message>
    <message>
        <source>Another authority</source>
        <translation>Toinen viranomainen</translation>
    </message>
    <message>
        <source>(not an authority)</source>
        <translation>(ei viranomainen)</translation>
    </message>
    <message>
        <source>Child health clinic</source>
        <translation>Neuvola</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Koulu</translation>
    </message>
    <message>
        <source>Early childhood education</source>
        <translation>Varhaiskasvatus</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Poliisi</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Terveydenhuolto</translation>
    </message>
    <message>
        <source>Other authority</source>
        <translation>Muu viranomainen</translation>
    </message>
    <message>
        <source>(not a notification)</source>
        <translation>(ei ilmoitus)</translation>
    </message>
    <message>
        <source>Professional obliged to notify</source>
        <translation>Ilmoitusvelvollinen ammattilainen</translation>
    </message>
    <message>
        <source>Private person</source>
        <translation>Yksityishenkilö</translation>
    </message>
    <message>
        <source>Coping with everyday life</source>
        <translation>Arjessa selviytyminen</translation>
    </message>
    <message>
        <source>A family member&apos;s illness or exhaustion</source>
        <translation>Perheenjäsenen sairaus tai uupumus</translation>
    </message>
    <message>
        <source>Parenthood</source>
        <translation>Vanhemmuus</translation>
    </message>
    <message>
        <source>Raising the child</source>
        <translation>Lapsen kasvatus</translation>
    </message>
    <message>
        <source>Financial problems</source>
        <translation>Taloudelliset ongelmat</translation>
    </message>
    <message>
        <source>Intimate partner or family violence</source>
        <translation>Lähisuhde- tai perheväkivalta</translation>
    </message>
    <message>
        <source>(not assessed)</source>
        <translation>(ei arvioitu)</translation>
    </message>
    <message>
        <source>Temporary</source>
        <translation>Tilapäinen</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Toistuva</translation>
    </message>
    <message>
        <source>Long-term</source>
        <translation>Pitkäaikainen</translation>
    </message>
    <message>
        <source>A client plan is made</source>
        <translation>Asiakassuunnitelma laaditaan</translation>
    </message>
    <message>
        <source>No plan: temporary advice and guidance only</source>
        <translation>Ei suunnitelmaa: vain tilapäistä neuvontaa ja ohjausta</translation>
    </message>
    <message>
        <source>No plan: the assessment holds what the plan would</source>
        <translation>Ei suunnitelmaa: arviointi sisältää sen, mitä suunnitelma sisältäisi</translation>
    </message>
    <message>
        <source>Decision on the assessment (7 working days)</source>
        <translation>Päätös arvioinnista (7 arkipäivää)</translation>
    </message>
    <message>
        <source>Assessment completed (3 months)</source>
        <translation>Arvioinnin valmistuminen (3 kuukautta)</translation>
    </message>
    <message>
        <source>Client plan review</source>
        <translation>Asiakassuunnitelman tarkistus</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>ajallaan</translation>
    </message>
    <message>
        <source>due soon</source>
        <translation>erääntyy pian</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>done on time</source>
        <translation>tehty ajallaan</translation>
    </message>
    <message>
        <source>done late</source>
        <translation>tehty myöhässä</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Yhteystapa</translation>
    </message>
    <message>
        <source>Contact made by</source>
        <translation>Yhteydenottaja</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Viranomainen</translation>
    </message>
    <message>
        <source>Child welfare notification</source>
        <translation>Lastensuojeluilmoitus</translation>
    </message>
    <message>
        <source>Notified by</source>
        <translation>Ilmoittaja</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Syyt</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Urgency assessed on</source>
        <translation>Kiireellisyys arvioitu</translation>
    </message>
    <message>
        <source>Urgency assessed by</source>
        <translation>Kiireellisyyden arvioija</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Kiireellinen</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Päätetty</translation>
    </message>
    <message>
        <source>Assessment starts</source>
        <translation>Arviointi aloitetaan</translation>
    </message>
    <message>
        <source>Why no assessment</source>
        <translation>Miksi arviointia ei tehdä</translation>
    </message>
    <message>
        <source>Child and guardian informed</source>
        <translation>Lapselle ja huoltajalle ilmoitettu</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Aloitettu</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Valmistunut</translation>
    </message>
    <message>
        <source>Taking part</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Need for support</source>
        <translation>Tuen tarve</translation>
    </message>
    <message>
        <source>Own worker needed</source>
        <translation>Omatyöntekijä tarvitaan</translation>
    </message>
    <message>
        <source>Own worker</source>
        <translation>Omatyöntekijä</translation>
    </message>
    <message>
        <source>Child welfare need</source>
        <translation>Lastensuojelun tarve</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>Vastaava työntekijä</translation>
    </message>
    <message>
        <source>Child welfare client since</source>
        <translation>Lastensuojelun asiakkuus alkanut</translation>
    </message>
    <message>
        <source>Child welfare client status based on</source>
        <translation>Lastensuojelun asiakkuuden peruste</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Asiakkuus päättynyt</translation>
    </message>
    <message>
        <source>Reason for closing</source>
        <translation>Päättämisen syy</translation>
    </message>
    <message>
        <source>Plan made on</source>
        <translation>Suunnitelma laadittu</translation>
    </message>
    <message>
        <source>Service and support needs</source>
        <translation>Palvelu- ja tukitarpeet</translation>
    </message>
    <message>
        <source>Circumstances to influence</source>
        <translation>Vaikutettavat olosuhteet</translation>
    </message>
    <message>
        <source>Services and support measures</source>
        <translation>Palvelut ja tukitoimet</translation>
    </message>
    <message>
        <source>Estimated time</source>
        <translation>Arvioitu aika</translation>
    </message>
    <message>
        <source>Differing views</source>
        <translation>Eriävät näkemykset</translation>
    </message>
    <message>
        <source>Meetings with the child</source>
        <translation>Tapaamiset lapsen kanssa</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Seuraava tarkistus</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Social Welfare Act (SHL)</source>
        <translation>Sosiaalihuoltolaki (SHL)</translation>
    </message>
    <message>
        <source>Child Welfare Act, open care (LSL)</source>
        <translation>Lastensuojelulaki, avohuolto (LSL)</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>suunniteltu</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiivinen</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>päättynyt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>evätty</translation>
    </message>
    <message>
        <source>In-house</source>
        <translation>Oma palvelu</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Kumppanin palvelu</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Taloudellinen tuki</translation>
    </message>
    <message>
        <source>Support family</source>
        <translation>Tukiperhe</translation>
    </message>
    <message>
        <source>Support person</source>
        <translation>Tukihenkilö</translation>
    </message>
    <message>
        <source>Family worker</source>
        <translation>Perhetyöntekijä</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>tauolla</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Kotikäynti</translation>
    </message>
    <message>
        <source>At the office</source>
        <translation>Toimistolla</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>Muualla</translation>
    </message>
    <message>
        <source>Decide whether the assessment starts</source>
        <translation>Päätä, aloitetaanko arviointi</translation>
    </message>
    <message>
        <source>Complete the service need assessment</source>
        <translation>Saata palvelutarpeen arviointi valmiiksi</translation>
    </message>
    <message>
        <source>Review the client plan</source>
        <translation>Tarkista asiakassuunnitelma</translation>
    </message>
    <message>
        <source>Tell the child and guardian of the notification</source>
        <translation>Kerro ilmoituksesta lapselle ja huoltajalle</translation>
    </message>
    <message>
        <source>Get the agreement signed</source>
        <translation>Hanki sopimukseen allekirjoitukset</translation>
    </message>
    <message>
        <source>Agreement ends</source>
        <translation>Sopimus päättyy</translation>
    </message>
    <message>
        <source>Decision ends</source>
        <translation>Päätös päättyy</translation>
    </message>
    <message>
        <source>Support person met less than planned last month</source>
        <translation>Tukihenkilö tapasi viime kuussa suunniteltua harvemmin</translation>
    </message>
    <message>
        <source>Renew the criminal record extract</source>
        <translation>Uusi rikosrekisteriote</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>päätös</translation>
    </message>
    <message>
        <source>agreement</source>
        <translation>sopimus</translation>
    </message>
    <message>
        <source>client plan</source>
        <translation>asiakassuunnitelma</translation>
    </message>
    <message>
        <source>contact form</source>
        <translation>yhteydenottolomake</translation>
    </message>
    <message>
        <source>case</source>
        <translation>asiakkuus</translation>
    </message>
    <message>
        <source>access log</source>
        <translation>käyttöloki</translation>
    </message>
    <message>
        <source>awaiting decision</source>
        <translation>odottaa päätöstä</translation>
    </message>
    <message>
        <source>Send the decision to every recipient</source>
        <translation>Lähetä päätös kaikille vastaanottajille</translation>
    </message>
    <message>
        <source>Contact together with the child or parent (LSL 25 a §)</source>
        <translation>Yhteydenotto yhdessä lapsen tai vanhemman kanssa (LSL 25 a §)</translation>
    </message>
    <message>
        <source>School absences</source>
        <translation>Koulupoissaolot</translation>
    </message>
    <message>
        <source>The child&apos;s substance use</source>
        <translation>Lapsen päihteiden käyttö</translation>
    </message>
    <message>
        <source>A parent&apos;s substance use</source>
        <translation>Vanhemman päihteiden käyttö</translation>
    </message>
    <message>
        <source>Mental health</source>
        <translation>Mielenterveys</translation>
    </message>
    <message>
        <source>Neglect of care</source>
        <translation>Hoidon laiminlyönti</translation>
    </message>
    <message>
        <source>The child&apos;s behaviour or offences</source>
        <translation>Lapsen käytös tai rikokset</translation>
    </message>
    <message>
        <source>Violence or suspected violence against the child</source>
        <translation>Lapseen kohdistunut väkivalta tai sen epäily</translation>
    </message>
    <message>
        <source>Suspected sexual abuse of the child</source>
        <translation>Epäily lapseen kohdistuneesta seksuaalirikoksesta</translation>
    </message>
    <message>
        <source>The child&apos;s own request</source>
        <translation>Lapsen oma pyyntö</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Muu syy</translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translation>Ei vielä vastattu</translation>
    </message>
    <message>
        <source>Reported to the police</source>
        <translation>Ilmoitettu poliisille</translation>
    </message>
    <message>
        <source>Not reported</source>
        <translation>Ei ilmoitettu</translation>
    </message>
    <message>
        <source>Assess the urgency now</source>
        <translation>Arvioi kiireellisyys nyt</translation>
    </message>
    <message>
        <source>Record whether the police were told</source>
        <translation>Kirjaa, tehtiinkö ilmoitus poliisille</translation>
    </message>
    <message>
        <source>Decision on a later notification (7 working days)</source>
        <translation>Päätös myöhemmästä ilmoituksesta (7 arkipäivää)</translation>
    </message>
    <message>
        <source>Decide on the later notification</source>
        <translation>Päätä myöhemmästä ilmoituksesta</translation>
    </message>
    <message>
        <source>Client plan of a child welfare client</source>
        <translation>Lastensuojelun asiakkaan asiakassuunnitelma</translation>
    </message>
    <message>
        <source>Make the client plan</source>
        <translation>Laadi asiakassuunnitelma</translation>
    </message>
    <message>
        <source>Opened the case</source>
        <translation>Avasi asiakkuuden</translation>
    </message>
    <message>
        <source>Taken into the ongoing work</source>
        <translation>Otettu osaksi meneillään olevaa työtä</translation>
    </message>
    <message>
        <source>Notifier&apos;s name</source>
        <translation>Ilmoittajan nimi</translation>
    </message>
    <message>
        <source>Notifier&apos;s organisation</source>
        <translation>Ilmoittajan organisaatio</translation>
    </message>
    <message>
        <source>Notifier&apos;s title</source>
        <translation>Ilmoittajan ammattinimike</translation>
    </message>
    <message>
        <source>Notifier&apos;s phone</source>
        <translation>Ilmoittajan puhelin</translation>
    </message>
    <message>
        <source>Notifier&apos;s e-mail</source>
        <translation>Ilmoittajan sähköposti</translation>
    </message>
    <message>
        <source>Notifier anonymous</source>
        <translation>Ilmoittaja nimetön</translation>
    </message>
    <message>
        <source>Report to the police</source>
        <translation>Ilmoitus poliisille</translation>
    </message>
    <message>
        <source>Reported to the police on</source>
        <translation>Ilmoitettu poliisille</translation>
    </message>
    <message>
        <source>Why not reported to the police</source>
        <translation>Miksi poliisille ei ilmoitettu</translation>
    </message>
    <message>
        <source>Why a case of its own</source>
        <translation>Miksi oma asiakkuus</translation>
    </message>
    <message>
        <source>Child&apos;s own opinion</source>
        <translation>Lapsen oma mielipide</translation>
    </message>
    <message>
        <source>How the child&apos;s opinion was found out</source>
        <translation>Miten lapsen mielipide selvitettiin</translation>
    </message>
    <message>
        <source>Guardians&apos; views</source>
        <translation>Huoltajien näkemykset</translation>
    </message>
    <message>
        <source>Child met in person</source>
        <translation>Lapsi tavattu henkilökohtaisesti</translation>
    </message>
    <message>
        <source>How the child was met</source>
        <translation>Miten lapsi tavattiin</translation>
    </message>
</context>
<context>
    <name>MeasureLogRepository</name>
    <message>
        <source>The measure was not found.</source>
        <translation>Tukitoimea ei löytynyt.</translation>
    </message>
    <message>
        <source>Enter when the rate is valid from, and an end that is not before it.</source>
        <translation>Kirjoita taksan voimassaolon alkupäivä ja päättymispäivä, joka ei ole sitä aikaisempi.</translation>
    </message>
    <message>
        <source>The amounts of a rate cannot be negative.</source>
        <translation>Taksan summat eivät voi olla negatiivisia.</translation>
    </message>
    <message>
        <source>The rate overlaps another rate of the same kind valid from %1. End that one first.</source>
        <translation>Taksa on päällekkäinen toisen samanlaisen, %1 alkaen voimassa olevan taksan kanssa. Päätä se ensin.</translation>
    </message>
</context>
<context>
    <name>MeasureRepository</name>
    <message>
        <source>Give the measure a name in Finnish and in Swedish.</source>
        <translation>Anna tukitoimelle nimi suomeksi ja ruotsiksi.</translation>
    </message>
    <message>
        <source>Choose at least one legal basis the measure can have.</source>
        <translation>Valitse vähintään yksi oikeusperuste, jonka nojalla tukitoimi voidaan antaa.</translation>
    </message>
    <message>
        <source>Choose the case and the measure from the catalogue.</source>
        <translation>Valitse asiakkuus ja tukitoimi tukitoimien luettelosta.</translation>
    </message>
    <message>
        <source>The measure was not found.</source>
        <translation>Tukitoimea ei löytynyt.</translation>
    </message>
    <message>
        <source>Enter the date the measure ended.</source>
        <translation>Kirjoita tukitoimen päättymispäivä.</translation>
    </message>
</context>
<context>
    <name>MeasureRules</name>
    <message>
        <source>The case is closed, so no measure can be started in it. Open a new case first.</source>
        <translation>Asiakkuus on päätetty, joten siinä ei voi aloittaa tukitoimia. Avaa ensin uusi asiakkuus.</translation>
    </message>
    <message>
        <source>%1 is no longer offered. Choose another measure.</source>
        <translation>%1 ei ole enää tarjolla. Valitse toinen tukitoimi.</translation>
    </message>
    <message>
        <source>Enter the date the measure starts.</source>
        <translation>Kirjoita tukitoimen alkamispäivä.</translation>
    </message>
    <message>
        <source>The planned end cannot be before the start.</source>
        <translation>Suunniteltu päättymispäivä ei voi olla ennen alkamispäivää.</translation>
    </message>
    <message>
        <source>The measure cannot end before it started.</source>
        <translation>Tukitoimi ei voi päättyä ennen kuin se on alkanut.</translation>
    </message>
    <message>
        <source>This measure is not given as a child welfare open-care measure: choose the Social Welfare Act.</source>
        <translation>Tätä tukitoimea ei anneta lastensuojelun avohuollon tukitoimena: valitse sosiaalihuoltolaki.</translation>
    </message>
    <message>
        <source>This measure is given only as a child welfare open-care measure (LSL).</source>
        <translation>Tämä tukitoimi annetaan vain lastensuojelun avohuollon tukitoimena (LSL).</translation>
    </message>
    <message>
        <source>This measure needs child welfare client status, which the child does not have. Complete the assessment with a child welfare need or record urgent measures first.</source>
        <translation>Tämä tukitoimi edellyttää lastensuojelun asiakkuutta, jota lapsella ei ole. Merkitse ensin arviointi valmistuneeksi lastensuojelun tarve todettuna tai kirjaa kiireelliset toimenpiteet.</translation>
    </message>
    <message>
        <source>The measure cannot start before child welfare client status began (%1).</source>
        <translation>Tukitoimi ei voi alkaa ennen lastensuojelun asiakkuuden alkamista (%1).</translation>
    </message>
    <message>
        <source>%1 is not the right kind of provider for this measure.</source>
        <translation>%1 ei ole oikeantyyppinen toteuttaja tälle tukitoimelle.</translation>
    </message>
    <message>
        <source>%1 no longer works as a provider. Choose another one.</source>
        <translation>%1 ei enää toimi toteuttajana. Valitse toinen.</translation>
    </message>
    <message>
        <source>The planned amounts cannot be negative.</source>
        <translation>Suunnitellut määrät eivät voi olla negatiivisia.</translation>
    </message>
    <message>
        <source>Enter the date.</source>
        <translation>Kirjoita päivämäärä.</translation>
    </message>
    <message>
        <source>Only what has happened is logged: the date cannot be in the future.</source>
        <translation>Vain toteutunut kirjataan: päivämäärä ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The date is before the measure started (%1).</source>
        <translation>Päivämäärä on ennen tukitoimen alkamista (%1).</translation>
    </message>
    <message>
        <source>The date is after the measure ended (%1).</source>
        <translation>Päivämäärä on tukitoimen päättymisen jälkeen (%1).</translation>
    </message>
    <message>
        <source>The stay cannot end before it began.</source>
        <translation>Hoitojakso ei voi päättyä ennen kuin se on alkanut.</translation>
    </message>
    <message>
        <source>Only what has happened is logged: the stay cannot end in the future.</source>
        <translation>Vain toteutunut kirjataan: hoitojakso ei voi päättyä tulevaisuudessa.</translation>
    </message>
    <message>
        <source>Write why the stay was cancelled.</source>
        <translation>Kirjoita, miksi hoitojakso peruttiin.</translation>
    </message>
    <message>
        <source>The kilometres cannot be negative.</source>
        <translation>Kilometrit eivät voi olla negatiivisia.</translation>
    </message>
    <message>
        <source>The duration and the kilometres cannot be negative.</source>
        <translation>Kesto ja kilometrit eivät voi olla negatiivisia.</translation>
    </message>
    <message>
        <source>Enter how long the visit took.</source>
        <translation>Kirjoita käynnin kesto.</translation>
    </message>
    <message>
        <source>The measure is awaiting its decision: nothing is logged for it before an issued decision grants it.</source>
        <translation>Tukitoimi odottaa päätöstä: siihen ei kirjata mitään ennen kuin annettu päätös myöntää sen.</translation>
    </message>
</context>
<context>
    <name>OrganisationRepository</name>
    <message>
        <source>The templates folder %1 does not exist. Choose an existing folder or leave it empty to use the built-in templates.</source>
        <translation>Pohjakansiota %1 ei ole. Valitse olemassa oleva kansio tai jätä kenttä tyhjäksi, jolloin käytetään ohjelman omia pohjia.</translation>
    </message>
    <message>
        <source>The logo must be a PNG image.</source>
        <translation>Logon on oltava PNG-kuva.</translation>
    </message>
    <message>
        <source>The logo is too large (%1 KB): at most %2 KB. Use a smaller image.</source>
        <translation>Logo on liian suuri (%1 kt): enintään %2 kt. Käytä pienempää kuvaa.</translation>
    </message>
</context>
<context>
    <name>OrganisationRules</name>
    <message>
        <source>Postal code</source>
        <translation>Postinumero</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Child welfare on-call line</source>
        <translation>Lastensuojelun päivystys</translation>
    </message>
    <message>
        <source>A phone number has 3 to 15 digits with spaces or hyphens, e.g. 016 123 4567 or +358 16 123 4567.</source>
        <translation>Puhelinnumerossa on 3–15 numeroa, välissä välilyöntejä tai yhdysmerkkejä, esim. 016 123 4567 tai +358 16 123 4567.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Registry e-mail</source>
        <translation>Kirjaamon sähköposti</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Give the name of the file to write.</source>
        <translation>Anna kirjoitettavan tiedoston nimi.</translation>
    </message>
    <message>
        <source>%1 belongs to the database %2 and is never written over. Choose another name.</source>
        <translation>%1 kuuluu tietokantaan %2, eikä sen päälle koskaan kirjoiteta. Valitse toinen nimi.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>Kansiota %1 ei ole. Valitse olemassa oleva kansio.</translation>
    </message>
    <message>
        <source>%1 is a folder. Give the name of a file to write in it.</source>
        <translation>%1 on kansio. Anna siihen kirjoitettavan tiedoston nimi.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (it is a device or a pipe) and is not written to.</source>
        <translation>%1 ei ole tavallinen tiedosto (se on laite tai putki), eikä siihen kirjoiteta.</translation>
    </message>
    <message>
        <source>%1 is a database, a backup or a field copy and is never written over. Choose another name.</source>
        <translation>%1 on tietokanta, varmuuskopio tai kenttäkopio, eikä sen päälle koskaan kirjoiteta. Valitse toinen nimi.</translation>
    </message>
    <message>
        <source>The file %1 already exists and was left as it was. Choose another name, or allow replacing it (--overwrite on the command line).</source>
        <translation>Tiedosto %1 on jo olemassa, ja se jätettiin ennalleen. Valitse toinen nimi tai salli sen korvaaminen (komentorivillä --overwrite).</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. Check that the disk has room and that you may write in the folder.</source>
        <translation>Tiedostoa %1 ei voitu kirjoittaa: %2. Tarkista, että levyllä on tilaa ja että sinulla on kirjoitusoikeus kansioon.</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. Check that the disk has room.</source>
        <translation>Tiedostoa %1 ei voitu kirjoittaa: %2. Tarkista, että levyllä on tilaa.</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Enter the person&apos;s first names and last name.</source>
        <translation>Kirjoita henkilön etunimet ja sukunimi.</translation>
    </message>
    <message>
        <source>Enter the identity code, or the birth date for a person without one.</source>
        <translation>Kirjoita henkilötunnus tai, jos henkilöllä ei ole henkilötunnusta, syntymäaika.</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>Syntymäaika ei voi olla tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The identity code %1 is already recorded for %2. Open that person instead of adding them again.</source>
        <translation>Henkilötunnus %1 on jo kirjattu henkilölle %2. Avaa kyseisen henkilön tiedot sen sijaan, että lisäisit hänet uudelleen.</translation>
    </message>
</context>
<context>
    <name>PinGuard</name>
    <message numerus="yes">
        <source>The PIN is not right. Tries left: %n. The next try in %1 s.</source>
        <translation>
            <numerusform>PIN-koodi ei ole oikein. Yrityksiä jäljellä: %n. Seuraava yritys %1 s kuluttua.</numerusform>
            <numerusform>PIN-koodi ei ole oikein. Yrityksiä jäljellä: %n. Seuraava yritys %1 s kuluttua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n second(s) before the next try.</source>
        <translation>
            <numerusform>Odota %n sekunti ennen seuraavaa yritystä.</numerusform>
            <numerusform>Odota %n sekuntia ennen seuraavaa yritystä.</numerusform>
        </translation>
    </message>
    <message>
        <source>No PIN is set on this workstation, so this cannot be opened. Close Tukipolku and start it again.</source>
        <translation>Tällä työasemalla ei ole PIN-koodia, joten tätä ei voi avata. Sulje Tukipolku ja käynnistä se uudelleen.</translation>
    </message>
    <message>
        <source>Too many wrong PINs: the database has been closed. Close Tukipolku and start it again.</source>
        <translation>Liian monta väärää PIN-koodia: tietokanta on suljettu. Sulje Tukipolku ja käynnistä se uudelleen.</translation>
    </message>
</context>
<context>
    <name>PinHash</name>
    <message>
        <source>The PIN must have at least %1 digits, and digits only.</source>
        <translation>PIN-koodissa on oltava vähintään %1 numeroa, ja vain numeroita.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>PIN-koodit eroavat toisistaan.</translation>
    </message>
    <message>
        <source>The PIN could not be stored.</source>
        <translation>PIN-koodia ei voitu tallentaa.</translation>
    </message>
</context>
<context>
    <name>PrivateWorkFolder</name>
    <message>
        <source>The private work folder %1 cannot be made.</source>
        <translation>Yksityistä työkansiota %1 ei voi luoda.</translation>
    </message>
</context>
<context>
    <name>ProviderCsv</name>
    <message>
        <source>The file is empty. It must have a header row naming the columns and one provider on each row after it.</source>
        <translation>Tiedosto on tyhjä. Siinä on oltava otsikkorivi, jolla sarakkeet nimetään, ja sen jälkeen yksi toteuttaja kullakin rivillä.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: line %1 has bytes that are not UTF-8. Save the file in your spreadsheet program as CSV UTF-8 and try again.</source>
        <extracomment>&quot;CSV UTF-8&quot; is the name of the file type in the Save As dialog of Excel.</extracomment>
        <translation>Tiedosto ei ole UTF-8-tekstiä: rivillä %1 on tavuja, jotka eivät ole UTF-8:aa. Tallenna tiedosto taulukkolaskentaohjelmassa muodossa CSV UTF-8 ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Line %1 contains a NUL character, so the file is not a CSV text file. Save the file in your spreadsheet program as CSV UTF-8 and try again.</source>
        <translation>Rivillä %1 on NUL-merkki, joten tiedosto ei ole CSV-tekstitiedosto. Tallenna tiedosto taulukkolaskentaohjelmassa muodossa CSV UTF-8 ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The quote that opens a value on line %1 is never closed, so nothing from that line to the end of the file could be read. Close the quote, or write a quote that belongs to the value as two quotes (&quot;&quot;).</source>
        <translation>Rivillä %1 arvon aloittavaa lainausmerkkiä ei suljeta, joten tiedostoa ei voitu lukea siitä rivistä loppuun asti. Sulje lainausmerkki tai kirjoita arvoon kuuluva lainausmerkki kahtena lainausmerkkinä (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Column %1 of the header row has no name.</source>
        <translation>Otsikkorivin sarakkeella %1 ei ole nimeä.</translation>
    </message>
    <message>
        <source>The column %1 appears more than once in the header row.</source>
        <translation>Sarake %1 on otsikkorivillä useammin kuin kerran.</translation>
    </message>
    <message>
        <source>The file has no header row. Its first line must name the columns, for example %1.</source>
        <extracomment>%1 is &quot;kind;name&quot;, the start of a header row; keep the names untranslated.</extracomment>
        <translation>Tiedostossa ei ole otsikkoriviä. Sen ensimmäisellä rivillä on nimettävä sarakkeet, esimerkiksi %1.</translation>
    </message>
    <message>
        <source>The header row has columns that are not known: %1. The known columns are: %2.</source>
        <extracomment>%1 lists the unknown names in quotes, %2 the known ones as &quot;kind (tyyppi), name (nimi), ...&quot;.</extracomment>
        <translation>Otsikkorivillä on tuntemattomia sarakkeita: %1. Tunnetut sarakkeet ovat: %2.</translation>
    </message>
    <message>
        <source>Required columns are missing from the header row: %1.</source>
        <extracomment>%1 lists column names as &quot;kind (tyyppi), name (nimi)&quot;.</extracomment>
        <translation>Otsikkoriviltä puuttuu pakollisia sarakkeita: %1.</translation>
    </message>
    <message>
        <source>The value in column %1 is %2 characters long; at most %3 characters are allowed.</source>
        <extracomment>%1 is the column&apos;s name as written in the file&apos;s header row.</extracomment>
        <translation>Sarakkeen %1 arvo on %2 merkkiä pitkä; enintään %3 merkkiä on sallittu.</translation>
    </message>
    <message>
        <source>The value in column %1 has text after its closing quote. Put the whole value in quotes and write each quote inside it as two quotes (&quot;&quot;).</source>
        <extracomment>%1 is the column&apos;s name as written in the file&apos;s header row.</extracomment>
        <translation>Sarakkeen %1 arvossa on tekstiä loppulainausmerkin jälkeen. Kirjoita koko arvo lainausmerkkeihin ja jokainen sen sisällä oleva lainausmerkki kahtena lainausmerkkinä (&quot;&quot;).</translation>
    </message>
    <message>
        <source>Write support_family, support_person or family_worker (tukiperhe, tukihenkilö or perhetyöntekijä).</source>
        <extracomment>The English and Finnish words are the values a file may use: keep them as they are.</extracomment>
        <translation>Kirjoita support_family, support_person tai family_worker (tukiperhe, tukihenkilö tai perhetyöntekijä).</translation>
    </message>
    <message>
        <source>The kind of provider &quot;%1&quot; is not known.</source>
        <translation>Toteuttajan tyyppi &quot;%1&quot; on tuntematon.</translation>
    </message>
    <message>
        <source>The kind of provider is missing.</source>
        <translation>Toteuttajan tyyppi puuttuu.</translation>
    </message>
    <message>
        <source>The name is missing: write the provider&apos;s name.</source>
        <translation>Nimi puuttuu: kirjoita toteuttajan nimi.</translation>
    </message>
    <message>
        <source>The postal code &quot;%1&quot; is not valid: it must have five digits, e.g. 00100.</source>
        <translation>Postinumero &quot;%1&quot; ei kelpaa: siinä on oltava viisi numeroa, esim. 00100.</translation>
    </message>
    <message>
        <source>The email address &quot;%1&quot; is not valid: it must have one @ followed by a domain name with a dot, e.g. name@example.fi.</source>
        <translation>Sähköpostiosoite &quot;%1&quot; ei kelpaa: siinä on oltava yksi @ ja sen jälkeen verkkotunnus, jossa on piste, esim. nimi@example.fi.</translation>
    </message>
    <message>
        <source>The languages must be two-letter codes separated by spaces or slashes, e.g. &quot;fi sv&quot;; these are not: %1.</source>
        <translation>Kielten on oltava kaksikirjaimisia koodeja välilyönnein tai kauttaviivoin erotettuina, esim. &quot;fi sv&quot;; nämä eivät ole: %1.</translation>
    </message>
    <message>
        <source>The capacity must be a whole number from 1 to 10, not &quot;%1&quot;.</source>
        <translation>Kapasiteetin on oltava kokonaisluku 1–10, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The minimum age must be a whole number from 0 to 17, not &quot;%1&quot;.</source>
        <translation>Alaikärajan on oltava kokonaisluku 0–17, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The maximum age must be a whole number from 0 to 17, not &quot;%1&quot;.</source>
        <translation>Yläikärajan on oltava kokonaisluku 0–17, ei &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The minimum age (%1) is higher than the maximum age (%2).</source>
        <translation>Alaikäraja (%1) on suurempi kuin yläikäraja (%2).</translation>
    </message>
    <message>
        <source>The date the training was completed, &quot;%1&quot;, is not a date: write it as 31.12.2025 or 2025-12-31.</source>
        <extracomment>Keep both example dates as they are: they show the only two forms a file may use.</extracomment>
        <translation>Koulutuksen suorituspäivä &quot;%1&quot; ei ole päivämäärä: kirjoita se muodossa 31.12.2025 tai 2025-12-31.</translation>
    </message>
    <message>
        <source>The date the training was completed, %1, is in the future.</source>
        <translation>Koulutuksen suorituspäivä %1 on tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The date the criminal record extract was checked, &quot;%1&quot;, is not a date: write it as 31.12.2025 or 2025-12-31.</source>
        <extracomment>Keep both example dates as they are: they show the only two forms a file may use.</extracomment>
        <translation>Rikosrekisteriotteen tarkistuspäivä &quot;%1&quot; ei ole päivämäärä: kirjoita se muodossa 31.12.2025 tai 2025-12-31.</translation>
    </message>
    <message>
        <source>The date the criminal record extract was checked, %1, is in the future.</source>
        <translation>Rikosrekisteriotteen tarkistuspäivä %1 on tulevaisuudessa.</translation>
    </message>
    <message>
        <source>The identity code is not valid: %1</source>
        <extracomment>%1 is a sentence of the identity code check saying what is wrong.</extracomment>
        <translation>Henkilötunnus ei kelpaa: %1</translation>
    </message>
    <message>
        <source>The IBAN is not valid: %1</source>
        <extracomment>%1 is a sentence of the IBAN check saying what is wrong.</extracomment>
        <translation>IBAN-tilinumero ei kelpaa: %1</translation>
    </message>
    <message>
        <source>Row %1 has %2 fields; the header has %3.</source>
        <extracomment>%1 is the line number the row starts on.</extracomment>
        <translation>Rivillä %1 on %2 kenttää; otsikkorivillä on %3.</translation>
    </message>
</context>
<context>
    <name>ProviderRepository</name>
    <message>
        <source>The identity code %1 is already in the registry for %2.</source>
        <translation>Henkilötunnus %1 on jo rekisterissä toteuttajalla %2.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rivi %1: %2</translation>
    </message>
    <message>
        <source>Give the interval as 1 to 120 months.</source>
        <translation>Anna väli 1–120 kuukautena.</translation>
    </message>
    <message>
        <source>The providers&apos; registry could not be read: %1</source>
        <translation>Toteuttajarekisteriä ei voitu lukea: %1</translation>
    </message>
</context>
<context>
    <name>ProviderRules</name>
    <message>
        <source>The postal code must have five digits, e.g. 96100.</source>
        <translation>Postinumerossa on oltava viisi numeroa, esim. 96100.</translation>
    </message>
    <message>
        <source>The e-mail address is not complete: it needs a name, @ and a domain, e.g. name@example.fi.</source>
        <translation>Sähköpostiosoite on puutteellinen: siinä on oltava nimi, @ ja verkkotunnus, esim. nimi@example.fi.</translation>
    </message>
    <message>
        <source>Enter the provider&apos;s name.</source>
        <translation>Kirjoita toteuttajan nimi.</translation>
    </message>
    <message>
        <source>The capacity must be between 0 and 10 children.</source>
        <translation>Kapasiteetin on oltava 0–10 lasta.</translation>
    </message>
    <message>
        <source>The suitable ages must be between 0 and 17 years, the youngest first.</source>
        <translation>Sopivien ikien on oltava 0–17 vuotta, nuorin ikä ensin.</translation>
    </message>
    <message>
        <source>Identity code: %1</source>
        <translation>Henkilötunnus: %1</translation>
    </message>
    <message>
        <source>IBAN: %1</source>
        <translation>IBAN: %1</translation>
    </message>
    <message>
        <source>The training and criminal record dates cannot be in the future.</source>
        <translation>Koulutuksen ja rikosrekisteriotteen päivämäärät eivät voi olla tulevaisuudessa.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tallenna kaikki</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Kyllä</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Kyllä k&amp;aikkiin</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>E&amp;i kaikkiin</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Käytä</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Palauta oletukset</translation>
    </message>
</context>
<context>
    <name>ReportedMonths</name>
    <message>
        <source>Choose the month to mark reported.</source>
        <translation>Valitse kuukausi, joka merkitään raportoiduksi.</translation>
    </message>
</context>
<context>
    <name>StatisticsReport</name>
    <message>
        <source>Period from</source>
        <translation>Kausi alkaen</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Kausi päättyen</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Met on time</source>
        <translation>Ajallaan</translation>
    </message>
    <message>
        <source>Met late</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Open and overdue at the end</source>
        <translation>Kesken ja myöhässä kauden lopussa</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ei tiedossa</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>tukitoimet</translation>
    </message>
    <message>
        <source>notifications</source>
        <translation>ilmoitukset</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Osa</translation>
    </message>
    <message>
        <source>Measure or notifier</source>
        <translation>Tukitoimi tai ilmoittaja</translation>
    </message>
    <message>
        <source>Legal basis or kind of notifier</source>
        <translation>Lakiperuste tai ilmoittajan laji</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Ikäryhmä</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Lukumäärä</translation>
    </message>
</context>
<context>
    <name>TemplateRenderer</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Rivi %1: %2</translation>
    </message>
    <message>
        <source>The template %1 cannot be used: %2. The built-in template was used instead.</source>
        <translation>Pohjaa %1 ei voi käyttää: %2. Sen sijaan käytettiin ohjelman omaa pohjaa.</translation>
    </message>
</context>
<context>
    <name>WorkerRepository</name>
    <message>
        <source>Enter the worker&apos;s first name and last name.</source>
        <translation>Kirjoita työntekijän etunimi ja sukunimi.</translation>
    </message>
</context>
<context>
    <name>WorkingDays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Uudenvuodenpäivä</translation>
    </message>
    <message>
        <source>Epiphany</source>
        <translation>Loppiainen</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Pitkäperjantai</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Pääsiäispäivä</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>2. pääsiäispäivä</translation>
    </message>
    <message>
        <source>May Day</source>
        <translation>Vappu</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Helatorstai</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Helluntaipäivä</translation>
    </message>
    <message>
        <source>Midsummer Eve</source>
        <translation>Juhannusaatto</translation>
    </message>
    <message>
        <source>Midsummer Day</source>
        <translation>Juhannuspäivä</translation>
    </message>
    <message>
        <source>All Saints&apos; Day</source>
        <translation>Pyhäinpäivä</translation>
    </message>
    <message>
        <source>Independence Day</source>
        <translation>Itsenäisyyspäivä</translation>
    </message>
    <message>
        <source>Christmas Eve</source>
        <translation>Jouluaatto</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Joulupäivä</translation>
    </message>
    <message>
        <source>St Stephen&apos;s Day</source>
        <translation>Tapaninpäivä</translation>
    </message>
</context>
<context>
    <name>tukipolku::CaseListModel</name>
    <message>
        <source>(not named)</source>
        <translation>(ei nimetty)</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>ei avoimia</translation>
    </message>
    <message>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Asiakkuus</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Lapsi</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Responsible worker</source>
        <translation>Vastaava työntekijä</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Seuraava määräaika</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::AgreementsTab</name>
    <message>
        <source>Support family or person</source>
        <translation>Tukiperhe tai -henkilö</translation>
    </message>
    <message>
        <source>Social services</source>
        <translation>Sosiaalipalvelut</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>luonnos</translation>
    </message>
    <message>
        <source>signed, in force</source>
        <translation>allekirjoitettu, voimassa</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>päättynyt</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>päättynyt ennenaikaisesti</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versio %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2 signed</source>
        <translation>%1 / %2 allekirjoittanut</translation>
    </message>
    <message>
        <source>Fee %1, expense allowance %2, mileage %3 per km (the rates valid at the start).</source>
        <translation>Palkkio %1, kulukorvaus %2, kilometrikorvaus %3 kilometriltä (sopimuksen alkaessa voimassa olleet taksat).</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>ei allekirjoittanut</translation>
    </message>
    <message>
        <source>Ended on %1: %2</source>
        <translation>Päättynyt %1: %2</translation>
    </message>
    <message>
        <source>Before it can be signed:
• %1</source>
        <translation>Ennen kuin sopimus voidaan allekirjoittaa:
• %1</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, %2 alkaen</translation>
    </message>
    <message>
        <source>Give the child a support family, support person or family work measure first.</source>
        <translation>Lisää lapselle ensin tukitoimi: tukiperhe, tukihenkilö tai perhetyö.</translation>
    </message>
    <message>
        <source>New agreement</source>
        <translation>Uusi sopimus</translation>
    </message>
    <message>
        <source>The agreement is about:</source>
        <translation>Sopimus koskee:</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Allekirjoitus</translation>
    </message>
    <message>
        <source>%1 signed the agreement on:</source>
        <translation>Päivä, jona %1 allekirjoitti sopimuksen:</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Allekirjoituspäivä:</translation>
    </message>
    <message>
        <source>End the agreement</source>
        <translation>Päätä sopimus</translation>
    </message>
    <message>
        <source>The agreement ends on the day you enter. Before its planned end it is recorded as ended early.</source>
        <translation>Sopimus päättyy antamanasi päivänä. Jos päivä on ennen suunniteltua päättymispäivää, sopimus kirjataan ennenaikaisesti päättyneeksi.</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Päättymispäivä:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Syy:</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Allekirjoitukset</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Osapuoli</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <source>G&amp;oals:</source>
        <translation>Ta&amp;voitteet:</translation>
    </message>
    <message>
        <source>Dura&amp;tion:</source>
        <translation>Kesto:</translation>
    </message>
    <message>
        <source>&amp;Need for support:</source>
        <translation>Tue&amp;n tarve:</translation>
    </message>
    <message>
        <source>Ho&amp;w often:</source>
        <translation>Kuinka usein:</translation>
    </message>
    <message>
        <source>Where and how:</source>
        <translation>&amp;Missä ja miten:</translation>
    </message>
    <message>
        <source>Transport:</source>
        <translation>Kul&amp;jetukset:</translation>
    </message>
    <message>
        <source>Contact &amp;between the families:</source>
        <translation>Perheiden väliset &amp;yhteydet:</translation>
    </message>
    <message>
        <source>On i&amp;llness or cancellation:</source>
        <translation>Sairastuminen tai peruutus:</translation>
    </message>
    <message>
        <source>Re&amp;view and ending:</source>
        <translation>Tarkistus ja päättyminen:</translation>
    </message>
    <message>
        <source>Compensation:</source>
        <translation>Korvaus:</translation>
    </message>
    <message>
        <source>Pa&amp;rties:</source>
        <translation>Osap&amp;uolet:</translation>
    </message>
    <message>
        <source>New agree&amp;ment…</source>
        <translation>Uusi sopimus…</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Tallenna &amp;luonnos</translation>
    </message>
    <message>
        <source>Record signature…</source>
        <translation>Ki&amp;rjaa allekirjoitus…</translation>
    </message>
    <message>
        <source>Record the day the party chosen in the list signed. When every party has signed, the agreement is frozen.</source>
        <translation>Kirjaa päivä, jona luettelosta valittu osapuoli allekirjoitti sopimuksen. Kun kaikki osapuolet ovat allekirjoittaneet, sopimus lukitaan.</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Uusi versio</translation>
    </message>
    <message>
        <source>End…</source>
        <translation>P&amp;äätä…</translation>
    </message>
    <message>
        <source>A support family usually has the child one weekend a month; a support person meets the child once or twice a month.</source>
        <translation>Tukiperheessä lapsi on yleensä yhden viikonlopun kuukaudessa; tukihenkilö tapaa lasta yleensä kerran tai kaksi kuukaudessa.</translation>
    </message>
    <message>
        <source>Signed by every party and frozen: this is the agreement as signed. A change is made as a new version.%1</source>
        <translation>Kaikki osapuolet ovat allekirjoittaneet sopimuksen, ja se on lukittu: tämä on sopimus allekirjoitetussa muodossa. Muutos tehdään uutena versiona.%1</translation>
    </message>
    <message>
        <source>agreement-%1-version-%2</source>
        <translation>sopimus-%1-versio-%2</translation>
    </message>
    <message>
        <source>Change a signed text?</source>
        <translation>Muutetaanko allekirjoitettua tekstiä?</translation>
    </message>
    <message>
        <source>%1 signed this text. If you change it, the signatures are cleared and every party signs the new text. Change it?</source>
        <translation>%1 on allekirjoittanut tämän tekstin. Jos muutat sitä, allekirjoitukset poistetaan ja jokainen osapuoli allekirjoittaa uuden tekstin. Muutetaanko?</translation>
    </message>
    <message>
        <source>Conf&amp;identiality, beyond the duty:</source>
        <translation>Vaitiolovelvollisuuden lisäksi sovittu:</translation>
    </message>
    <message>
        <source>The document states the duty of confidentiality; write here only what the parties agree beyond it.</source>
        <translation>Asiakirjassa todetaan vaitiolovelvollisuus; kirjoita tähän vain se, mitä osapuolet sopivat sen lisäksi.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::AssessmentForm</name>
    <message>
        <source>(not named)</source>
        <translation>(ei nimetty)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Start&amp;ed on:</source>
        <translation>Aloit&amp;ettu:</translation>
    </message>
    <message>
        <source>Completed &amp;on:</source>
        <translation>&amp;Valmistunut:</translation>
    </message>
    <message>
        <source>&amp;Taking part:</source>
        <translation>Osallist&amp;ujat:</translation>
    </message>
    <message>
        <source>e.g. the child, the guardians, the school social worker</source>
        <translation>esim. lapsi, huoltajat, koulukuraattori</translation>
    </message>
    <message>
        <source>&amp;Need for support:</source>
        <translation>Tue&amp;n tarve:</translation>
    </message>
    <message>
        <source>An own worker &amp;is needed</source>
        <translation>Omaty&amp;öntekijä tarvitaan</translation>
    </message>
    <message>
        <source>Own &amp;worker:</source>
        <translation>O&amp;matyöntekijä:</translation>
    </message>
    <message>
        <source>Chi&amp;ld welfare need found</source>
        <translation>Lastensuo&amp;jelun tarve todettu</translation>
    </message>
    <message>
        <source>When the assessment finds a child welfare need, the child becomes a client of child welfare on the completion date (LSL 27 §) and a responsible social worker is named.</source>
        <translation>Kun arvioinnissa todetaan lastensuojelun tarve, lapsesta tulee lastensuojelun asiakas arvioinnin valmistumispäivänä (LSL 27 §) ja hänelle nimetään lapsen asioista vastaava sosiaalityöntekijä.</translation>
    </message>
    <message>
        <source>&amp;Responsible social worker:</source>
        <translation>Vastaava sosiaalityöntekij&amp;ä:</translation>
    </message>
    <message>
        <source>Su&amp;mmary:</source>
        <translation>&amp;Yhteenveto:</translation>
    </message>
    <message>
        <source>The child was met in &amp;person</source>
        <translation>Lapsi tavattiin &amp;henkilökohtaisesti</translation>
    </message>
    <message>
        <source>e.g. alone at school and on a home visit</source>
        <translation>esim. kahden kesken koululla ja kotikäynnillä</translation>
    </message>
    <message>
        <source>How, or wh&amp;y not:</source>
        <translation>Ta&amp;rkemmin: miten tai miksi ei:</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::BackupsPage</name>
    <message>
        <source>Choose the backup folder first.</source>
        <translation>Valitse ensin varmuuskopiokansio.</translation>
    </message>
    <message>
        <source>Wrote %1; it passed the check.</source>
        <translation>Kirjoitettiin %1; se läpäisi tarkistuksen.</translation>
    </message>
    <message>
        <source>Wrote the encrypted backup %1; it passed the check.</source>
        <translation>Salattu varmuuskopio %1 kirjoitettiin; se läpäisi tarkistuksen.</translation>
    </message>
    <message>
        <source>Restored into %1; it passed the check. Open it with File ▸ Open Database; the current file stays as it is.</source>
        <translation>Palautettiin tiedostoon %1; se läpäisi tarkistuksen. Avaa se valinnalla Tiedosto ▸ Avaa tietokanta; nykyinen tiedosto säilyy ennallaan.</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Salattu varmuuskopio</translation>
    </message>
    <message>
        <source>Encrypted backups (*.tpbackup)</source>
        <translation>Salatut varmuuskopiot (*.tpbackup)</translation>
    </message>
    <message>
        <source>Password (at least 8 characters; without it the backup cannot be restored):</source>
        <translation>Salasana (vähintään 8 merkkiä; ilman sitä varmuuskopiota ei voi palauttaa):</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Salasanassa on oltava vähintään 8 merkkiä.</translation>
    </message>
    <message>
        <source>The same password again:</source>
        <translation>Sama salasana uudelleen:</translation>
    </message>
    <message>
        <source>The passwords differ. Nothing was written.</source>
        <translation>Salasanat eroavat. Mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <source>Backups (*.sqlite *.tpbackup)</source>
        <translation>Varmuuskopiot (*.sqlite *.tpbackup)</translation>
    </message>
    <message>
        <source>The backup&apos;s password:</source>
        <translation>Varmuuskopion salasana:</translation>
    </message>
    <message>
        <source>Restore into a new file</source>
        <translation>Palauta uuteen tiedostoon</translation>
    </message>
    <message>
        <source>Tukipolku databases (*.sqlite)</source>
        <translation>Tukipolun tietokannat (*.sqlite)</translation>
    </message>
    <message>
        <source>The last automatic backup: %1.</source>
        <translation>Viimeisin automaattinen varmuuskopio: %1.</translation>
    </message>
    <message>
        <source>No automatic backup has been written yet.</source>
        <translation>Automaattista varmuuskopiota ei ole vielä kirjoitettu.</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Varmuuskopio&amp;kansio:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Vali&amp;tse…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Varmuuskopioi nyt</translation>
    </message>
    <message>
        <source>Back up &amp;encrypted…</source>
        <translation>Varmuuskopioi &amp;salattuna…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Palauta varmuuskopio…</translation>
    </message>
    <message>
        <source>A backup is written into the folder when you close the program, if anything changed or the last backup is over a day old; each is checked before it counts, and the folder keeps the newest of the last 7 days, 4 weeks and 12 months. Choose a folder on a protected disk or the organisation&apos;s network share. For a USB stick or another removable disk, use Back up encrypted: without the password nobody can read it.</source>
        <translation>Varmuuskopio kirjoitetaan kansioon, kun suljet ohjelman, jos jotain on muuttunut tai edellinen varmuuskopio on yli vuorokauden vanha. Jokainen tarkistetaan ennen kuin se hyväksytään, ja kansioon jäävät viimeisten 7 päivän, 4 viikon ja 12 kuukauden uusimmat. Valitse kansio suojatulta levyltä tai organisaation verkkolevyltä. Käytä USB-muistille tai muulle siirrettävälle levylle salattua varmuuskopiota: ilman salasanaa kukaan ei voi lukea sitä.</translation>
    </message>
    <message>
        <source>This folder is on a removable disk, which can be lost: the automatic backups, which are not encrypted, cannot be written there. Choose a folder on this computer or on the network share, and use Back up encrypted… for a USB stick.</source>
        <translation>Tämä kansio on siirrettävällä levyllä, joka voi kadota: automaattisia varmuuskopioita, joita ei salata, ei voi kirjoittaa sinne. Valitse kansio tältä tietokoneelta tai verkkolevyltä, ja käytä USB-muistille valintaa Varmuuskopioi salattuna…</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::BlankFormDialog</name>
    <message>
        <source>contact-form</source>
        <translation>yhteydenottolomake</translation>
    </message>
    <message>
        <source>Blank contact form</source>
        <translation>Tyhjä yhteydenottolomake</translation>
    </message>
    <message>
        <source>The form &quot;Contact with social care for assessing the need for support&quot; (SHL 35 §), blank, with this unit&apos;s address and phone hours. Schools, child health clinics and families fill it in by hand; a filled-in form starts a case.</source>
        <translation>Lomake ”Yhteydenotto sosiaalihuoltoon tuen tarpeen arvioimiseksi” (SHL 35 §) tyhjänä, yksikön osoitteella ja puhelinajoilla. Koulut, neuvolat ja perheet täyttävät sen käsin; täytetty lomake panee asian vireille.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::CaseListPage</name>
    <message>
        <source>Se&amp;arch:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>Name, identity code or case number</source>
        <translation>Nimi, henkilötunnus tai asiakkuuden numero</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Kaikki asiakkuudet</translation>
    </message>
    <message>
        <source>My cases</source>
        <translation>Omat asiakkuudet</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Kaikki vaiheet</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Vain &amp;myöhässä olevat</translation>
    </message>
    <message>
        <source>Include c&amp;losed</source>
        <translation>Myös &amp;päättyneet</translation>
    </message>
    <message>
        <source>&amp;New family…</source>
        <translation>&amp;Uusi perhe…</translation>
    </message>
    <message>
        <source>O&amp;pen case</source>
        <translation>A&amp;vaa asiakkuus</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::CasePage</name>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Versio %1 (%2)</translation>
    </message>
    <message>
        <source>%1 – case %2</source>
        <translation>%1 – asiakkuus %2</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>ei nimetty</translation>
    </message>
    <message>
        <source>Child welfare client since %1 (%2). Responsible social worker: %3.</source>
        <translation>Lastensuojelun asiakas %1 alkaen (peruste: %2). Vastaava sosiaalityöntekijä: %3.</translation>
    </message>
    <message>
        <source>urgent measures</source>
        <translation>kiireelliset toimenpiteet</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>arviointi</translation>
    </message>
    <message>
        <source>Not a client of child welfare. Worker: %1.</source>
        <translation>Ei lastensuojelun asiakas. Työntekijä: %1.</translation>
    </message>
    <message>
        <source>Closed on %1: %2</source>
        <translation>Päättynyt %1: %2</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>määräaika %1</translation>
    </message>
    <message>
        <source>done %1 (due %2)</source>
        <translation>tehty %1 (määräaika %2)</translation>
    </message>
    <message>
        <source>No deadlines.</source>
        <translation>Ei määräaikoja.</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Uusi versio</translation>
    </message>
    <message>
        <source>&amp;1 Initiation</source>
        <translation>&amp;1 Vireilletulo</translation>
    </message>
    <message>
        <source>&amp;2 Assessment</source>
        <translation>&amp;2 Arviointi</translation>
    </message>
    <message>
        <source>&amp;3 Client plan</source>
        <translation>&amp;3 Asiakassuunnitelma</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Ta&amp;llenna</translation>
    </message>
    <message>
        <source>Save this tab (Ctrl+S)</source>
        <translation>Tallenna tämä välilehti (Ctrl+S)</translation>
    </message>
    <message>
        <source>F&amp;amily</source>
        <translation>&amp;Perhe</translation>
    </message>
    <message>
        <source>&amp;Urgent measures…</source>
        <translation>&amp;Kiireelliset toimenpiteet…</translation>
    </message>
    <message>
        <source>Child welfare client status starts when urgent measures or support are given before the assessment is completed (LSL 27 §).</source>
        <translation>Lastensuojelun asiakkuus alkaa, kun kiireellisiä toimenpiteitä tai tukea annetaan ennen arvioinnin valmistumista (LSL 27 §).</translation>
    </message>
    <message>
        <source>&amp;Close case…</source>
        <translation>Päätä as&amp;iakkuus…</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versio:</translation>
    </message>
    <message>
        <source>Ne&amp;w version</source>
        <translation>Uusi ve&amp;rsio</translation>
    </message>
    <message>
        <source>P&amp;lan:</source>
        <translation>Suu&amp;nnitelma:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ajankohta</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Ennen</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Jälkeen</translation>
    </message>
    <message>
        <source>Caseload limit</source>
        <translation>Asiakasmäärän enimmäisraja</translation>
    </message>
    <message>
        <source>Urgent measures</source>
        <translation>Kiireelliset toimenpiteet</translation>
    </message>
    <message>
        <source>Urgent measures or support given before the assessment is completed start child welfare client status (LSL 27 §). Name the responsible social worker.</source>
        <translation>Ennen arvioinnin valmistumista annetut kiireelliset toimenpiteet tai tuki aloittavat lastensuojelun asiakkuuden (LSL 27 §). Nimeä lapsen asioista vastaava sosiaalityöntekijä.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Päivämäärä:</translation>
    </message>
    <message>
        <source>&amp;Responsible social worker:</source>
        <translation>Vastaava sosiaalityöntekij&amp;ä:</translation>
    </message>
    <message>
        <source>Close the case</source>
        <translation>Päätä asiakkuus</translation>
    </message>
    <message>
        <source>Closing ends the case&apos;s open deadlines. The records stay and can be read.</source>
        <translation>Kun asiakkuus päätetään, sen avoimet määräajat päättyvät. Kirjaukset säilyvät, ja niitä voi lukea.</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>&amp;Päättymispäivä:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Syy:</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>The case %1 has changes that are not saved. Save them now?</source>
        <translation>Asiakkuudessa %1 on tallentamattomia muutoksia. Tallennetaanko ne nyt?</translation>
    </message>
    <message>
        <source>&amp;4 Measures</source>
        <translation>&amp;4 Tukitoimet</translation>
    </message>
    <message>
        <source>&amp;5 Agreements</source>
        <translation>&amp;5 Sopimukset</translation>
    </message>
    <message>
        <source>&amp;6 Decisions</source>
        <translation>&amp;6 Päätökset</translation>
    </message>
    <message>
        <source>&amp;7 History</source>
        <translation>&amp;7 Historia</translation>
    </message>
    <message>
        <source>client-plan-%1-version-%2</source>
        <translation>asiakassuunnitelma-%1-versio-%2</translation>
    </message>
    <message>
        <source>&amp;8 Time line</source>
        <translation>&amp;8 Aikajana</translation>
    </message>
    <message>
        <source>Received %1: urgency not assessed. Assess it now.</source>
        <translation>Saapunut %1: kiireellisyyttä ei ole arvioitu. Arvioi se nyt.</translation>
    </message>
    <message>
        <source>Received %1: assessed urgent. Start urgent measures if the child needs them now.</source>
        <translation>Saapunut %1: arvioitu kiireelliseksi. Aloita kiireelliset toimenpiteet, jos lapsi tarvitsee niitä nyt.</translation>
    </message>
    <message>
        <source>Received %1: record whether an offence against the child was reported to the police.</source>
        <translation>Saapunut %1: kirjaa, ilmoitettiinko lapseen kohdistunut rikos poliisille.</translation>
    </message>
    <message>
        <source>A child welfare client always has a client plan (LSL 30 §).</source>
        <translation>Lastensuojelun asiakkaalla on aina asiakassuunnitelma (LSL 30 §).</translation>
    </message>
    <message>
        <source>With this child %1 has %2 child welfare children; the limit is %3 (LSL 13 b §). Name %1 anyway?</source>
        <translation>Tämän lapsen myötä työntekijällä %1 on %2 lastensuojelun asiakaslasta; raja on %3 (LSL 13 b §). Nimetäänkö %1 silti?</translation>
    </message>
    <message>
        <source>Choose another responsible social worker, or confirm the caseload.</source>
        <translation>Valitse toinen vastaava sosiaalityöntekijä tai vahvista asiakasmäärä.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::CataloguePage</name>
    <message>
        <source>&amp;New measure</source>
        <translation>&amp;Uusi tukitoimi</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Ta&amp;llenna</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Poista käytöstä</translation>
    </message>
    <message>
        <source>A retired measure is no longer offered; the children who have it keep it.</source>
        <translation>Käytöstä poistettua tukitoimea ei enää tarjota; lapset, joilla se on, säilyttävät sen.</translation>
    </message>
    <message>
        <source>Name in &amp;Finnish:</source>
        <translation>Nimi &amp;suomeksi:</translation>
    </message>
    <message>
        <source>Name in S&amp;wedish:</source>
        <translation>Nimi &amp;ruotsiksi:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tyyppi:</translation>
    </message>
    <message>
        <source>Legal bases:</source>
        <translation>Lakiperusteet:</translation>
    </message>
    <message>
        <source>%1 (retired)</source>
        <translation>%1 (poistettu käytöstä)</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::ClientLogDialog</name>
    <message>
        <source>access-log.csv</source>
        <translation>kayttoloki.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>access-log</source>
        <translation>kayttoloki</translation>
    </message>
    <message>
        <source>What is logged about %1</source>
        <translation>Mitä henkilöstä %1 on kirjattu lokiin</translation>
    </message>
    <message>
        <source>Every opening of the case, change, print and export, for a client who asks (asiakastietolaki 703/2023).</source>
        <translation>Asiakkuuden jokainen avaaminen, muutos, tuloste ja vienti asiakkaalle, joka pyytää niitä (asiakastietolaki 703/2023).</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Saakka:</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Tallenna &amp;CSV…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Lisätieto</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::CompensationDialog</name>
    <message>
        <source>Save the compensation as CSV</source>
        <translation>Tallenna palkkiot CSV-tiedostoksi</translation>
    </message>
    <message>
        <source>compensation-%1.csv</source>
        <translation>palkkiot-%1.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>Mark as reported</source>
        <translation>Merkitse raportoiduksi</translation>
    </message>
    <message>
        <source>Mark %1 reported to payroll? Its logs can still be corrected, but each change asks first.</source>
        <translation>Merkitäänkö %1 raportoiduksi palkanlaskentaan? Kuukauden kirjauksia voi yhä korjata, mutta jokainen muutos kysytään ensin.</translation>
    </message>
    <message>
        <source>compensation-%1</source>
        <translation>palkkiot-%1</translation>
    </message>
    <message>
        <source>Reported to payroll: changes to this month&apos;s logs ask first.</source>
        <translation>Raportoitu palkanlaskentaan: tämän kuukauden kirjausten muutokset kysytään ensin.</translation>
    </message>
    <message numerus="yes">
        <source>%n provider(s) to pay.</source>
        <translation>
            <numerusform>%n toteuttaja maksettavana.</numerusform>
            <numerusform>%n toteuttajaa maksettavana.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compensation %1</source>
        <translation>Palkkiot ja korvaukset %1</translation>
    </message>
    <message>
        <source>Compensation of providers</source>
        <translation>Toteuttajien palkkiot ja korvaukset</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Kuukausi:</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Tallenna &amp;CSV…</translation>
    </message>
    <message>
        <source>Mark as &amp;reported to payroll…</source>
        <translation>Merkitse &amp;raportoiduksi palkanlaskentaan…</translation>
    </message>
    <message>
        <source>Reading the month&apos;s logs…</source>
        <translation>Haetaan kuukauden kirjauksia…</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::CompensationTableModel</name>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Toteuttaja</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Days of care</source>
        <translation>Hoitovuorokaudet</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Tapaamiset</translation>
    </message>
    <message>
        <source>Fee (€)</source>
        <translation>Palkkio (€)</translation>
    </message>
    <message>
        <source>Expense allowance (€)</source>
        <translation>Kulukorvaus (€)</translation>
    </message>
    <message>
        <source>Kilometres</source>
        <translation>Kilometrit</translation>
    </message>
    <message>
        <source>Mileage (€)</source>
        <translation>Kilometrikorvaus (€)</translation>
    </message>
    <message>
        <source>Total (€)</source>
        <translation>Yhteensä (€)</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>Tarkistettavaa</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::DashboardPage</name>
    <message>
        <source>Initiation decisions (7 working days) and service need assessments (3 months) made in each month, on time and late; and each worker&apos;s child welfare children.</source>
        <translation>Kunakin kuukautena tehdyt päätökset arvioinnin aloittamisesta (7 arkipäivää) ja valmistuneet palvelutarpeen arvioinnit (3 kuukautta) ajallaan ja myöhässä sekä kunkin työntekijän lastensuojelun asiakaslapset.</translation>
    </message>
    <message>
        <source>Deadlines met, by month</source>
        <translation>Määräajat kuukausittain</translation>
    </message>
    <message>
        <source>Caseload per worker</source>
        <translation>Asiakasmäärä työntekijää kohden</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>ajallaan</translation>
    </message>
    <message>
        <source>late</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>children</source>
        <translation>lasta</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>yli rajan</translation>
    </message>
    <message>
        <source>limit %1 (LSL 13 b §)</source>
        <translation>raja %1 (LSL 13 b §)</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::DateField</name>
    <message>
        <source>This is not a date. Write it as day.month.year, e.g. 3.3.2026.</source>
        <translation>Tämä ei ole päivämäärä. Kirjoita se muodossa päivä.kuukausi.vuosi, esim. 3.3.2026.</translation>
    </message>
    <message>
        <source>d.m.yyyy</source>
        <translation>p.k.vvvv</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::DecisionForm</name>
    <message>
        <source>(not recorded yet)</source>
        <translation>(ei vielä kirjattu)</translation>
    </message>
    <message>
        <source>Found out</source>
        <translation>Selvitetty</translation>
    </message>
    <message>
        <source>Could not be found out</source>
        <translation>Ei voitu selvittää</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(valitse)</translation>
    </message>
    <message>
        <source>Error of fact or procedure (HL 50 §)</source>
        <translation>Asia- tai menettelyvirhe (HL 50 §)</translation>
    </message>
    <message>
        <source>Clerical or arithmetic error (HL 51 §)</source>
        <translation>Kirjoitus- tai laskuvirhe (HL 51 §)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Aloittaminen</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Jatkaminen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Muuttaminen</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Lopettaminen</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Epääminen</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(ei nimetty)</translation>
    </message>
    <message>
        <source>Provided by %1 (chosen on the measure).</source>
        <translation>Palvelun tuottaa %1 (valittu tukitoimelle).</translation>
    </message>
    <message>
        <source>A day of hearing is not a date: write it as 7.12.2026.</source>
        <translation>Kuulemispäivä ei ole päivämäärä: kirjoita se muodossa 7.12.2026.</translation>
    </message>
    <message>
        <source>How it was found out:</source>
        <translation>Miten se selvitettiin:</translation>
    </message>
    <message>
        <source>Why it could not be:</source>
        <translation>Miksi sitä ei voitu selvittää:</translation>
    </message>
    <message>
        <source>days of care a month</source>
        <translation>hoitovuorokautta kuukaudessa</translation>
    </message>
    <message>
        <source>meetings a month</source>
        <translation>tapaamista kuukaudessa</translation>
    </message>
    <message>
        <source>hours a week</source>
        <translation>tuntia viikossa</translation>
    </message>
    <message>
        <source>Dec&amp;ided:</source>
        <translation>Päätöksen la&amp;ji:</translation>
    </message>
    <message>
        <source>Ground of the correction:</source>
        <translation>Korjauksen peruste:</translation>
    </message>
    <message>
        <source>The correction is to a party&apos;s detriment</source>
        <translation>Korjaus on asianosaisen vahingoksi</translation>
    </message>
    <message>
        <source>Consent or hearing (HL 50 § 2 mom):</source>
        <translation>Suostumus tai kuuleminen (HL 50 § 2 mom):</translation>
    </message>
    <message>
        <source>Pro&amp;visions applied:</source>
        <translation>Sovelletut säännökset:</translation>
    </message>
    <message>
        <source>Goa&amp;l:</source>
        <translation>Tavoite:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Kesto:</translation>
    </message>
    <message>
        <source>Extent granted:</source>
        <translation>Myönnetty määrä:</translation>
    </message>
    <message>
        <source>Intensified</source>
        <translation>Tehostettu</translation>
    </message>
    <message>
        <source>Fac&amp;ts and evidence:</source>
        <translation>Tosiasiat ja selvit&amp;ykset:</translation>
    </message>
    <message>
        <source>Child&apos;s own opinion:</source>
        <translation>Lapsen oma mielipide:</translation>
    </message>
    <message>
        <source>The child&apos;s opinion and wishes:</source>
        <translation>Lapsen mielipide ja toiveet:</translation>
    </message>
    <message>
        <source>Vie&amp;ws of the guardians:</source>
        <translation>&amp;Huoltajien mielipide:</translation>
    </message>
    <message>
        <source>Pa&amp;rties:</source>
        <translation>Asia&amp;nosaiset:</translation>
    </message>
    <message>
        <source>Hearing of each party:</source>
        <translation>Asianosaisten kuuleminen:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Perustelut:</translation>
    </message>
    <message>
        <source>Decision &amp;maker:</source>
        <translation>Päät&amp;öksentekijä:</translation>
    </message>
    <message>
        <source>More information from:</source>
        <translation>Lisätietoja antaa:</translation>
    </message>
    <message>
        <source>Decisions on the services of family social work are always fixed-term: the end date is required.</source>
        <translation>Lapsiperheiden sosiaalityön palveluja koskevat päätökset ovat aina määräaikaisia: päättymispäivä on pakollinen.</translation>
    </message>
    <message>
        <source>A substitute decides: the child&apos;s responsible social worker is %1.</source>
        <translation>Päätöksen tekee sijainen: lapsen asioista vastaava sosiaalityöntekijä on %1.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::DecisionServicePanel</name>
    <message>
        <source>No recipients were recorded when this decision was issued.</source>
        <translation>Päätöstä annettaessa sille ei kirjattu vastaanottajia.</translation>
    </message>
    <message>
        <source>child</source>
        <translation>lapsi</translation>
    </message>
    <message>
        <source>guardian</source>
        <translation>huoltaja</translation>
    </message>
    <message>
        <source>%1 (presumed)</source>
        <translation>%1 (olettama)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>ei lähetetty</translation>
    </message>
    <message>
        <source>Record the sending first: the copy shows the recipient&apos;s own last day.</source>
        <translation>Kirjaa ensin lähetys: kappaleessa näkyy vastaanottajan oma viimeinen päivä.</translation>
    </message>
    <message>
        <source>decision-%1-%2</source>
        <translation>paatos-%1-%2</translation>
    </message>
    <message>
        <source>Receipt came back</source>
        <translation>Saantitodistus palautui</translation>
    </message>
    <message>
        <source>The day %1 received the decision, as written on the receipt.</source>
        <translation>Päivä, jona %1 sai päätöksen tiedoksi, saantitodistuksen mukaan.</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Saatu tiedoksi:</translation>
    </message>
    <message>
        <source>Request for review</source>
        <translation>Oikaisuvaatimus</translation>
    </message>
    <message>
        <source>%1 asked for the decision to be reviewed. The decision is not final until the request is decided.</source>
        <translation>%1 teki päätöksestä oikaisuvaatimuksen. Päätös ei ole lainvoimainen ennen kuin oikaisuvaatimus on ratkaistu.</translation>
    </message>
    <message>
        <source>Request &amp;arrived on:</source>
        <translation>Oikaisuvaatimus &amp;saapui:</translation>
    </message>
    <message>
        <source>Served on</source>
        <translation>Tiedoksianto</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Vastaanottaja</translation>
    </message>
    <message>
        <source>Copy in</source>
        <translation>Kappaleen kieli</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Saatu tiedoksi</translation>
    </message>
    <message>
        <source>Last day for review</source>
        <translation>Oikaisuvaatimuksen viimeinen päivä</translation>
    </message>
    <message>
        <source>Review requested</source>
        <translation>Oikaisuvaatimus tehty</translation>
    </message>
    <message>
        <source>Record &amp;sending…</source>
        <translation>Kirjaa &amp;lähetys…</translation>
    </message>
    <message>
        <source>Receipt came &amp;back…</source>
        <translation>Saantitodistus &amp;palautui…</translation>
    </message>
    <message>
        <source>Request for re&amp;view…</source>
        <translation>&amp;Oikaisuvaatimus…</translation>
    </message>
    <message>
        <source>The recipient&apos;s copy:</source>
        <translation>Vastaanottajan kappale:</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::DecisionsTab</name>
    <message>
        <source>draft</source>
        <translation>luonnos</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>It corrects an earlier decision.</source>
        <translation>Päätös korjaa aiemman päätöksen.</translation>
    </message>
    <message>
        <source>Before it can be issued:
• %1</source>
        <translation>Ennen kuin päätös voidaan antaa:
• %1</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, %2 alkaen</translation>
    </message>
    <message>
        <source>A decision is made on a measure: add the measure first.</source>
        <translation>Päätös tehdään tukitoimesta: lisää ensin tukitoimi.</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Uusi päätös</translation>
    </message>
    <message>
        <source>The decision is about:</source>
        <translation>Päätös koskee:</translation>
    </message>
    <message>
        <source>Issue the decision</source>
        <translation>Anna päätös</translation>
    </message>
    <message>
        <source>&amp;Issued on:</source>
        <translation>&amp;Antopäivä:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <source>&amp;New decision…</source>
        <translation>&amp;Uusi päätös…</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Tallenna &amp;luonnos</translation>
    </message>
    <message>
        <source>Issue…</source>
        <translation>Anna p&amp;äätös…</translation>
    </message>
    <message>
        <source>C&amp;orrecting decision</source>
        <translation>Korjaa&amp;va päätös</translation>
    </message>
    <message>
        <source>Decision %1, issued on %2. It is kept exactly as issued; a change is made by a correcting decision.</source>
        <translation>Päätös %1, annettu %2. Se säilytetään täsmälleen annetussa muodossa; muutos tehdään korjaavalla päätöksellä.</translation>
    </message>
    <message>
        <source>decision-draft</source>
        <translation>paatosluonnos</translation>
    </message>
    <message>
        <source>ends %1</source>
        <translation>päättyy %1</translation>
    </message>
    <message>
        <source>Issuing gives the decision its number and freezes it: it is kept exactly as issued. A decision dated before its draft was made, or more than %1 days back, needs a reason, which the history keeps.</source>
        <translation>Antaessa päätös saa numeron ja lukittuu: se säilyy täsmälleen sellaisena kuin se annettiin. Jos päätös päivätään ennen luonnoksen tekemistä tai yli %1 päivää taaksepäin, kirjoita syy; se jää historiaan.</translation>
    </message>
    <message>
        <source>Reason for an earlier &amp;date:</source>
        <translation>Syy aiempaan &amp;päiväykseen:</translation>
    </message>
    <message>
        <source>%1 of %2 sent</source>
        <translation>%1/%2 lähetetty</translation>
    </message>
    <message>
        <source>awaiting a receipt</source>
        <translation>odottaa saantitodistusta</translation>
    </message>
    <message>
        <source>review time until %1</source>
        <translation>oikaisuvaatimusaika %1 asti</translation>
    </message>
    <message>
        <source>review requested</source>
        <translation>oikaisuvaatimus tehty</translation>
    </message>
    <message>
        <source>final from %1</source>
        <translation>lainvoimainen %1 alkaen</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Tiedoksianto</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::DocumentButtons</name>
    <message>
        <source>Save as PDF</source>
        <translation>Tallenna PDF-tiedostona</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>In the client&apos;s language</source>
        <translation>Asiakkaan kielellä</translation>
    </message>
    <message>
        <source>The language of the printed document. In its own language a signed agreement or an issued decision is printed exactly as it was made.</source>
        <translation>Tulostettavan asiakirjan kieli. Omalla kielellään allekirjoitettu sopimus tai annettu päätös tulostetaan täsmälleen sellaisena kuin se tehtiin.</translation>
    </message>
    <message>
        <source>&amp;Print preview…</source>
        <translation>Tulostuksen &amp;esikatselu…</translation>
    </message>
    <message>
        <source>Sav&amp;e as PDF…</source>
        <translation>Tallenna P&amp;DF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <source>Print with the system&apos;s print dialog (%1)</source>
        <translation>Tulosta järjestelmän tulostusikkunan kautta (%1)</translation>
    </message>
    <message>
        <source>for: %1</source>
        <translation>kenelle: %1</translation>
    </message>
    <message>
        <source>%1; for: %2</source>
        <translation>%1; kenelle: %2</translation>
    </message>
    <message>
        <source>For whom and why</source>
        <translation>Kenelle ja miksi</translation>
    </message>
    <message>
        <source>For whom and why?</source>
        <translation>Kenelle ja miksi?</translation>
    </message>
    <message>
        <source>Optional. E.g. &quot;the guardian, by post&quot; or &quot;the district court, on request&quot;: written to the client&apos;s access log with the print or the PDF.</source>
        <translation>Vapaaehtoinen. Esim. ”huoltajalle postitse” tai ”käräjäoikeudelle pyynnöstä”: kirjataan asiakkaan käyttölokitietoihin tulosteen tai PDF:n kanssa.</translation>
    </message>
    <message>
        <source>The document was not found. It may have been removed; open the case again.</source>
        <translation>Asiakirjaa ei löytynyt. Se on ehkä poistettu; avaa asiakkuus uudelleen.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::DocumentsPage</name>
    <message>
        <source>empty: the built-in templates</source>
        <translation>tyhjä: ohjelman omat pohjat</translation>
    </message>
    <message>
        <source>The organiser&apos;s own templates replace the built-in ones: a folder with fi/ and sv/ holding any of decision.html, support_family_agreement.html, support_person_agreement.html, family_work_agreement.html, client_plan.html and contact_form.html. A broken template is reported by its line and the built-in one used.</source>
        <translation>Järjestäjän omat pohjat korvaavat sisäänrakennetut: kansio, jonka alikansioissa fi/ ja sv/ on joitakin tiedostoista decision.html, support_family_agreement.html, support_person_agreement.html, family_work_agreement.html, client_plan.html ja contact_form.html. Virheellisen pohjan virheellinen rivi ilmoitetaan, ja tilalla käytetään sisäänrakennettua pohjaa.</translation>
    </message>
    <message>
        <source>Choose a fo&amp;lder…</source>
        <translation>&amp;Valitse kansio…</translation>
    </message>
    <message>
        <source>Choose a lo&amp;go…</source>
        <translation>Valitse lo&amp;go…</translation>
    </message>
    <message>
        <source>&amp;Remove the logo</source>
        <translation>Poista &amp;nykyinen logo</translation>
    </message>
    <message>
        <source>&amp;Templates folder:</source>
        <translation>Po&amp;hjakansio:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Printed at the left of the letterhead on every page of every document.</source>
        <translation>Tulostuu ylätunnisteen vasempaan reunaan jokaisen asiakirjan jokaiselle sivulle.</translation>
    </message>
    <message>
        <source>&amp;Save document settings</source>
        <translation>&amp;Tallenna asiakirja-asetukset</translation>
    </message>
    <message>
        <source>Templates folder</source>
        <translation>Pohjakansio</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Kuvat (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>The file %1 is not an image this program can read (%2).</source>
        <translation>Tiedosto %1 ei ole kuva, jonka ohjelma osaa lukea (%2).</translation>
    </message>
    <message>
        <source>(no logo)</source>
        <translation>(ei logoa)</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::FamilyPage</name>
    <message>
        <source>Family %1</source>
        <translation>Perhe %1</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>syntynyt %1</translation>
    </message>
    <message>
        <source>none open</source>
        <translation>ei avoimia</translation>
    </message>
    <message>
        <source>Remove from the family</source>
        <translation>Poista perheestä</translation>
    </message>
    <message>
        <source>Remove %1 from the family %2? The person&apos;s records and cases are kept.</source>
        <translation>Poistetaanko %1 perheestä %2? Henkilön tiedot ja asiakkuudet säilyvät.</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Jäsenet:</translation>
    </message>
    <message>
        <source>&amp;Cases:</source>
        <translation>As&amp;iakkuudet:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Identity code</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ikä</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Asiakkuus</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Lapsi</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Seuraava määräaika</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Lisää henkilö…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;Remove from family</source>
        <translation>&amp;Poista perheestä</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>A&amp;vaa asiakkuus</translation>
    </message>
    <message>
        <source>&amp;New notification…</source>
        <translation>&amp;Uusi ilmoitus…</translation>
    </message>
    <message>
        <source>Record a contact or a child welfare notification about a child of this family. A child with an open case gets it on that case.</source>
        <translation>Kirjaa yhteydenotto tai lastensuojeluilmoitus perheen lapsesta. Jos lapsella on avoin asiakkuus, se kirjataan siihen.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::FieldCopyExportDialog</name>
    <message>
        <source>Save the Field Copy</source>
        <translation>Tallenna kenttäkopio</translation>
    </message>
    <message>
        <source>Field copies (*.%1)</source>
        <translation>Kenttäkopiot (*.%1)</translation>
    </message>
    <message>
        <source>The passwords differ: type the same password twice.</source>
        <translation>Salasanat eroavat: kirjoita sama salasana kahdesti.</translation>
    </message>
    <message>
        <source>Choose the file to write the field copy to.</source>
        <translation>Valitse tiedosto, johon kenttäkopio kirjoitetaan.</translation>
    </message>
    <message>
        <source>Field Copy for a Laptop</source>
        <translation>Kenttäkopio kannettavalle</translation>
    </message>
    <message>
        <source>The ticked families go into one encrypted file with all their records, to be imported on the laptop you take to home visits. Import the laptop&apos;s field copy here when you are back: changes made on one side are taken, and changes made on both sides are shown to you side by side.</source>
        <translation>Valitut perheet kaikkine tietoineen kirjoitetaan yhteen salattuun tiedostoon, joka tuodaan kotikäynneille otettavaan kannettavaan. Tuo kannettavan kenttäkopio tänne palattuasi: vain toisella puolella tehdyt muutokset otetaan, ja molemmilla puolilla tehdyt näytetään sinulle rinnakkain.</translation>
    </message>
    <message>
        <source>&amp;Families (your open cases and the family in view):</source>
        <translation>&amp;Perheet (avoimet asiakkuutesi ja esillä oleva perhe):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <source>At least %1 characters. Tell it to nobody; without it the file cannot be opened.</source>
        <translation>Vähintään %1 merkkiä. Älä kerro sitä kenellekään; ilman sitä tiedostoa ei voi avata.</translation>
    </message>
    <message>
        <source>&amp;Write the Field Copy</source>
        <translation>&amp;Kirjoita kenttäkopio</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Show only names with…</source>
        <translation>Näytä vain nimet, joissa on…</translation>
    </message>
    <message>
        <source>Show only families whose names contain</source>
        <translation>Näytä vain perheet, joiden nimessä on</translation>
    </message>
    <message>
        <source>Password a&amp;gain:</source>
        <translation>Salasana &amp;uudelleen:</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::FieldCopyImportDialog</name>
    <message>
        <source>Made by %1 on %2; families: %3.</source>
        <translation>Tekijä %1, %2; perheet: %3.</translation>
    </message>
    <message>
        <source>New records: %1. Changed in the field copy only (taken): %2. Changed here only (kept): %3. Unchanged: %4.</source>
        <translation>Uusia tietoja: %1. Muutettu vain kenttäkopiossa (otetaan): %2. Muutettu vain täällä (säilytetään): %3. Muuttumattomia: %4.</translation>
    </message>
    <message>
        <source>Nothing was changed on both sides.</source>
        <translation>Mitään ei ole muutettu molemmilla puolilla.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) changed on both sides: choose which version to keep. An undecided one stays as it is here and comes back when you import the file again.</source>
        <translation>
            <numerusform>%n tieto on muutettu molemmilla puolilla: valitse, kumpi versio säilytetään. Ratkaisematon jää ennalleen ja tulee uudelleen esiin, kun tuot tiedoston uudelleen.</numerusform>
            <numerusform>%n tietoa on muutettu molemmilla puolilla: valitse, kumpi versio säilytetään. Ratkaisematon jää ennalleen ja tulee uudelleen esiin, kun tuot tiedoston uudelleen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Päätä myöhemmin</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s</source>
        <translation>Säilytä tämän tietokoneen</translation>
    </message>
    <message>
        <source>Take the field copy&apos;s</source>
        <translation>Ota kenttäkopion</translation>
    </message>
    <message>
        <source>Version of %1</source>
        <translation>Säilytettävä versio: %1</translation>
    </message>
    <message>
        <source>Import a Field Copy</source>
        <translation>Tuo kenttäkopio</translation>
    </message>
    <message>
        <source>Field copy: %1</source>
        <translation>Kenttäkopio: %1</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lue</translation>
    </message>
    <message>
        <source>Record and field</source>
        <translation>Tieto ja kenttä</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Tämä tietokone</translation>
    </message>
    <message>
        <source>The field copy</source>
        <translation>Kenttäkopio</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Säilytä</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Tuo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>muutettu %1</translation>
    </message>
    <message>
        <source>changed %1 by %2</source>
        <translation>muutettu %1, %2</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::FirstRunWizard</name>
    <message>
        <source>Welcome to Tukipolku</source>
        <translation>Tervetuloa Tukipolkuun</translation>
    </message>
    <message>
        <source>A new database</source>
        <translation>Uusi tietokanta</translation>
    </message>
    <message>
        <source>&amp;Set up my unit: the organisation and who I am (a minute; anything can be left for later)</source>
        <translation>&amp;Määritä oma yksikkö: organisaatio ja kuka olen (minuutin työ; kaiken voi jättää myöhemmäksi)</translation>
    </message>
    <message>
        <source>&amp;Look around first on fictional demo families (a separate demo database; this one stays empty for your unit)</source>
        <translation>&amp;Tutustu ensin kuvitteellisiin esittelyperheisiin (erillinen esittelytietokanta; tämä jää tyhjäksi yksikköäsi varten)</translation>
    </message>
    <message>
        <source>This database holds no work yet. How do you want to start?</source>
        <translation>Tässä tietokannassa ei ole vielä työtä. Miten haluat aloittaa?</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Printed on every decision, agreement and form. Leave empty to fill in later in Settings ▸ Organisation, where the addresses and the board for requests for review are too.</source>
        <translation>Tulostuu jokaiseen päätökseen, sopimukseen ja lomakkeeseen. Jätä tyhjäksi, jos täytät tiedot myöhemmin kohdassa Asetukset ▸ Organisaatio, jossa ovat myös osoitteet ja oikaisuvaatimukset käsittelevä toimielin.</translation>
    </message>
    <message>
        <source>wellbeing services county or municipality</source>
        <translation>hyvinvointialue tai kunta</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Järjestäjä:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Yksikkö:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Pu&amp;helin:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Sähkö&amp;posti:</translation>
    </message>
    <message>
        <source>Who is using this workstation</source>
        <translation>Kuka käyttää tätä työasemaa</translation>
    </message>
    <message>
        <source>Every change is recorded in the name of the worker who made it, and &quot;My cases&quot; shows yours. Leave empty to add workers later in Settings ▸ Workers.</source>
        <translation>Jokainen muutos kirjataan sen tehneen työntekijän nimellä, ja ”Omat asiakkuudet” näyttää sinun asiakkuutesi. Jätä tyhjäksi, jos lisäät työntekijät myöhemmin kohdassa Asetukset ▸ Työntekijät.</translation>
    </message>
    <message>
        <source>e.g. social worker, social counsellor, family worker</source>
        <translation>esim. sosiaalityöntekijä, sosiaaliohjaaja, perhetyöntekijä</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Etunimi:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Sukunimi:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Nimike:</translation>
    </message>
    <message>
        <source>Cannot save the organisation</source>
        <translation>Organisaation tietoja ei voi tallentaa</translation>
    </message>
    <message>
        <source>Cannot save the worker</source>
        <translation>Työntekijää ei voi tallentaa</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Seuraava &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Ta&amp;kaisin</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Valmis</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <source>A checked backup is written into this folder when you close the program after changes. Choose a protected disk or the organisation&apos;s network share. Leave empty to choose it later in Settings ▸ Backups — until then nothing is backed up.</source>
        <translation>Tarkistettu varmuuskopio kirjoitetaan tähän kansioon, kun suljet ohjelman muutosten jälkeen. Valitse suojattu levy tai organisaation verkkolevy. Jätä tyhjäksi, jos valitset sen myöhemmin kohdassa Asetukset ▸ Varmuuskopiot – siihen asti mitään ei varmuuskopioida.</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Vali&amp;tse…</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Varmuuskopio&amp;kansio:</translation>
    </message>
    <message>
        <source>I &amp;make decisions on services (the organiser&apos;s rules give me the authority)</source>
        <translation>Teen palveluja koskevia &amp;päätöksiä (järjestäjän säännöt antavat minulle päätösvallan)</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::HearingsTable</name>
    <message>
        <source>(heard)</source>
        <translation>(kuultu)</translation>
    </message>
    <message>
        <source>1: claim dismissed or plainly unfounded</source>
        <translation>1: vaatimus jätetään tutkimatta tai hylätään heti perusteettomana</translation>
    </message>
    <message>
        <source>4: hearing would endanger the purpose, or delay harm</source>
        <translation>4: kuuleminen vaarantaisi tarkoituksen tai viivytys aiheuttaisi haittaa</translation>
    </message>
    <message>
        <source>5: claim granted, or hearing clearly needless</source>
        <translation>5: vaatimus hyväksytään tai kuuleminen on ilmeisen tarpeetonta</translation>
    </message>
    <message>
        <source>e.g. at a meeting at the office</source>
        <translation>esim. tapaamisessa toimistolla</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Asianosainen</translation>
    </message>
    <message>
        <source>Heard on</source>
        <translation>Kuultu</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Miten</translation>
    </message>
    <message>
        <source>Or not heard: HL 34 § 2 mom</source>
        <translation>Tai kuulematta: HL 34 § 2 mom</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::HelpWindow</name>
    <message>
        <source>← Back</source>
        <translation>← Takaisin</translation>
    </message>
    <message>
        <source>Forward →</source>
        <translation>Eteenpäin →</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sisällys</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::InitiationForm</name>
    <message>
        <source>(not recorded)</source>
        <translation>(ei kirjattu)</translation>
    </message>
    <message>
        <source>The decision on the assessment is due 7 working days after the day received.</source>
        <translation>Päätös arvioinnista on tehtävä 7 arkipäivän kuluessa vastaanottopäivästä.</translation>
    </message>
    <message>
        <source>Decision on the assessment due by %1 (7 working days); the assessment must be completed by %2.</source>
        <translation>Päätös arvioinnista viimeistään %1 (7 arkipäivää); arvioinnin on valmistuttava viimeistään %2.</translation>
    </message>
    <message>
        <source>Contact or notification</source>
        <translation>Yhteydenotto tai ilmoitus</translation>
    </message>
    <message>
        <source>Urgency assessment (immediately)</source>
        <translation>Kiireellisyyden arviointi (välittömästi)</translation>
    </message>
    <message>
        <source>Decision on the service need assessment</source>
        <translation>Päätös palvelutarpeen arvioinnista</translation>
    </message>
    <message>
        <source>Rece&amp;ived:</source>
        <translation>&amp;Vastaanotettu:</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>Yhteystapa:</translation>
    </message>
    <message>
        <source>Contact &amp;made by:</source>
        <translation>&amp;Yhteydenottaja:</translation>
    </message>
    <message>
        <source>Au&amp;thority:</source>
        <translation>Viranomainen:</translation>
    </message>
    <message>
        <source>Child &amp;welfare notification</source>
        <translation>Laste&amp;nsuojeluilmoitus</translation>
    </message>
    <message>
        <source>&amp;Notified by:</source>
        <translation>Ilmoittaja:</translation>
    </message>
    <message>
        <source>Reasons:</source>
        <translation>Syyt:</translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation>Kuvaus:</translation>
    </message>
    <message>
        <source>Assessed &amp;on:</source>
        <translation>Arvioit&amp;u:</translation>
    </message>
    <message>
        <source>Urgenc&amp;y:</source>
        <translation>Kiireellisyys:</translation>
    </message>
    <message>
        <source>Assessed &amp;by:</source>
        <translation>Arvioi&amp;ja:</translation>
    </message>
    <message>
        <source>Not yet assessed</source>
        <translation>Ei vielä arvioitu</translation>
    </message>
    <message>
        <source>Not urgent</source>
        <translation>Ei kiireellinen</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Kiireellinen</translation>
    </message>
    <message>
        <source>Assessment starts:</source>
        <translation>A&amp;rviointi aloitetaan:</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>P&amp;äätetty:</translation>
    </message>
    <message>
        <source>Why not:</source>
        <translation>&amp;Miksi ei:</translation>
    </message>
    <message>
        <source>Child and guardian informed:</source>
        <translation>Lapselle ja &amp;huoltajalle ilmoitettu:</translation>
    </message>
    <message>
        <source>The child and the guardian must be told that the notification was received (LSL 26 § 3).</source>
        <translation>Lapselle ja huoltajalle on ilmoitettava, että ilmoitus on vastaanotettu (LSL 26 § 3).</translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation>Ei vielä päätetty</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <source>The day the contact or notification reached social care. The deadlines are counted from it: day 1 is the next working day.</source>
        <translation>Päivä, jona yhteydenotto tai ilmoitus tuli sosiaalihuoltoon. Määräajat lasketaan siitä: ensimmäinen päivä on seuraava arkipäivä.</translation>
    </message>
    <message>
        <source>A child welfare notification (LSL 25 §): professionals such as school, health care and police staff must make one; anyone else may. It starts the same 7-working-day decision as any other contact.</source>
        <translation>Lastensuojeluilmoitus (LSL 25 §): esimerkiksi koulun, terveydenhuollon ja poliisin työntekijöiden on tehtävä se, muut voivat tehdä sen. Siitä alkaa sama seitsemän arkipäivän määräaika kuin muustakin yhteydenotosta.</translation>
    </message>
    <message>
        <source>Whether the child needs urgent child welfare measures is assessed at once when the contact arrives (LSL 26 § 2), before anything else.</source>
        <translation>Lapsen kiireellisen lastensuojelun tarve arvioidaan välittömästi, kun yhteydenotto tulee (LSL 26 § 2), ennen muuta käsittelyä.</translation>
    </message>
    <message>
        <source>Within 7 working days it is decided whether a service need assessment starts (LSL 26 § 3). The deadline above shows the last day.</source>
        <translation>Seitsemän arkipäivän kuluessa päätetään, aloitetaanko palvelutarpeen arviointi (LSL 26 § 3). Yllä oleva määräaika näyttää viimeisen päivän.</translation>
    </message>
    <message>
        <source>Taken into the ongoing work</source>
        <translation>Otettu osaksi meneillään olevaa työtä</translation>
    </message>
    <message>
        <source>No further action</source>
        <translation>Ei jatkotoimia</translation>
    </message>
    <message>
        <source>Decision on this notification due by %1 (7 working days).</source>
        <translation>Päätös tästä ilmoituksesta viimeistään %1 (7 arkipäivää).</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Päätös:</translation>
    </message>
    <message>
        <source>A notification on an open case is decided within 7 working days too: taken into the ongoing work, or no further action with the reason.</source>
        <translation>Myös avoimen asiakkuuden ilmoituksesta päätetään 7 arkipäivän kuluessa: se otetaan osaksi meneillään olevaa työtä, tai jatkotoimia ei tarvita, ja syy kirjataan.</translation>
    </message>
    <message>
        <source>Report to the police (LSL 25 § 3)</source>
        <translation>Ilmoitus poliisille (LSL 25 § 3)</translation>
    </message>
    <message>
        <source>When there is reason to suspect a violent or sexual offence against the child, a report is made to the police without delay.</source>
        <translation>Kun on syytä epäillä lapseen kohdistunutta väkivalta- tai seksuaalirikosta, poliisille ilmoitetaan viipymättä.</translation>
    </message>
    <message>
        <source>Police told:</source>
        <translation>Poliisille ilmoitettu:</translation>
    </message>
    <message>
        <source>Reported on:</source>
        <translation>Ilmoituspäivä:</translation>
    </message>
    <message>
        <source>Why not reported:</source>
        <translation>Miksi ei ilmoitettu:</translation>
    </message>
    <message>
        <source>Decision on the notification (7 working days)</source>
        <translation>Päätös ilmoituksesta (7 arkipäivää)</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::InitiationsTab</name>
    <message>
        <source>contact-form-%1</source>
        <translation>yhteydenottolomake-%1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>The notification shown has changes that are not saved. Discard them?</source>
        <translation>Näytetyssä ilmoituksessa on tallentamattomia muutoksia. Hylätäänkö ne?</translation>
    </message>
    <message>
        <source>New notification (not saved)</source>
        <translation>Uusi ilmoitus (ei tallennettu)</translation>
    </message>
    <message>
        <source>notification</source>
        <translation>ilmoitus</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>yhteydenotto</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1 (opened the case)</source>
        <translation>%1 (avasi asiakkuuden)</translation>
    </message>
    <message>
        <source>Notifications and contacts:</source>
        <translation>Ilmoitukset ja yhteydenotot:</translation>
    </message>
    <message>
        <source>Record a new child welfare notification or contact about this child on this case. It has its own urgency assessment and its own 7-working-day decision.</source>
        <translation>Kirjaa tähän asiakkuuteen uusi lastensuojeluilmoitus tai yhteydenotto lapsesta. Sillä on oma kiireellisyyden arviointinsa ja oma 7 arkipäivän päätöksensä.</translation>
    </message>
    <message>
        <source>Contact form (SHL 35 §) as saved:</source>
        <translation>Yhteydenottolomake (SHL 35 §) tallennetuin tiedoin:</translation>
    </message>
    <message>
        <source>The form &quot;Contact with social care for assessing the need for support&quot;, filled in from this initiation: the child, the guardians, who contacted and why.</source>
        <translation>Lomake ”Yhteydenotto sosiaalihuoltoon tuen tarpeen arvioimiseksi” tämän vireilletulon tiedoilla: lapsi, huoltajat, yhteydenottaja ja syy.</translation>
    </message>
    <message>
        <source>New notification…</source>
        <translation>Uusi ilmoitus…</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::LanguagePage</name>
    <message>
        <source>The language of the program on this workstation. Documents are printed in the client&apos;s language whatever this is, unless you choose otherwise when printing.</source>
        <translation>Ohjelman kieli tällä työasemalla. Asiakirjat tulostetaan asiakkaan kielellä tästä riippumatta, ellet tulostaessa valitse toisin.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::LogPanel</name>
    <message>
        <source>This month: %1 of %2 days of care</source>
        <translation>Tässä kuussa: %1 / %2 hoitovuorokautta</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>%1 days of care</source>
        <translation>%1 hoitovuorokautta</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>This month: %1 of %2 meetings</source>
        <translation>Tässä kuussa: %1 / %2 tapaamista</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>This month: %1 of %2 hours</source>
        <translation>Tässä kuussa: %1 / %2 tuntia</translation>
    </message>
    <message>
        <source>%1 (present: %2)</source>
        <translation>%1 (paikalla: %2)</translation>
    </message>
    <message>
        <source>Days of care</source>
        <translation>Hoitovuorokaudet</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <source>&amp;New stay</source>
        <translation>&amp;Uusi hoitojakso</translation>
    </message>
    <message>
        <source>Stay</source>
        <translation>Hoitojakso</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Vuorokausia</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Kilometrikorvaus</translation>
    </message>
    <message>
        <source>Reason for cancelling</source>
        <translation>Peruutuksen syy</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Tapaamiset</translation>
    </message>
    <message>
        <source>Dat&amp;e:</source>
        <translation>Päi&amp;vämäärä:</translation>
    </message>
    <message>
        <source>Wh&amp;at was done:</source>
        <translation>Mitä te&amp;htiin:</translation>
    </message>
    <message>
        <source>&amp;New meeting</source>
        <translation>&amp;Uusi tapaaminen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Mitä tehtiin</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Käynnit</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>Muistiinpan&amp;o:</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>&amp;Uusi käynti</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Saakka:</translation>
    </message>
    <message>
        <source>M&amp;inutes:</source>
        <translation>Mi&amp;nuutit:</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>Mi&amp;ssä:</translation>
    </message>
    <message>
        <source>&amp;Present:</source>
        <translation>Paik&amp;alla:</translation>
    </message>
    <message>
        <source>&amp;Km:</source>
        <translation>Kilom&amp;etrit:</translation>
    </message>
    <message>
        <source>&amp;Cancelled, because:</source>
        <translation>Peruttu, k&amp;oska:</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>Ki&amp;rjaa</translation>
    </message>
    <message>
        <source>Saves the entry (Enter)</source>
        <translation>Tallentaa kirjauksen (Enter)</translation>
    </message>
    <message>
        <source>Change a reported month?</source>
        <translation>Muutetaanko raportoitua kuukautta?</translation>
    </message>
    <message>
        <source>The compensation for %1 has already been reported to payroll. Record this anyway? Tell payroll of the correction.</source>
        <translation>Kuukauden %1 palkkiot on jo raportoitu palkanlaskentaan. Kirjataanko tämä silti? Ilmoita korjauksesta palkanlaskentaan.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Uusi tietokanta…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Avaa tietokanta…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Asetukset</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About Tukipolku</source>
        <translation>&amp;Tietoja Tukipolusta</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Tietokanta: %1</translation>
    </message>
    <message>
        <source>%1 – Tukipolku</source>
        <translation>%1 – Tukipolku</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Tietokantaa ei ole avattu</translation>
    </message>
    <message>
        <source>Tukipolku</source>
        <translation>Tukipolku</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Tietokantaa ei voi avata</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Uusi tietokanta</translation>
    </message>
    <message>
        <source>Tukipolku databases (*.sqlite)</source>
        <translation>Tukipolun tietokannat (*.sqlite)</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Tietokantaa ei voi luoda</translation>
    </message>
    <message>
        <source>The file %1 already exists. Choose a new name, or open the file with File &gt; Open Database.</source>
        <translation>Tiedosto %1 on jo olemassa. Valitse uusi nimi tai avaa tiedosto valinnalla Tiedosto &gt; Avaa tietokanta.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Avaa tietokanta</translation>
    </message>
    <message>
        <source>Tukipolku databases (*.sqlite);;All files (*)</source>
        <translation>Tukipolun tietokannat (*.sqlite);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>About Tukipolku</source>
        <translation>Tietoja Tukipolusta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Tukipolku %1&lt;/h3&gt;&lt;p&gt;Case work for family social work and child welfare open care.&lt;/p&gt;&lt;p&gt;Built from commit %2.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or any later version. It comes with no warranty.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tukipolku %1&lt;/h3&gt;&lt;p&gt;Asiakastyön väline lapsiperheiden sosiaalityöhön ja lastensuojelun avohuoltoon.&lt;/p&gt;&lt;p&gt;Käännetty versiosta (commit) %2.&lt;/p&gt;&lt;p&gt;Tämä ohjelma on vapaa ohjelmisto: sitä saa levittää ja muuttaa GNU General Public Licensen version 3 tai minkä tahansa myöhemmän version ehdoin. Ohjelmalla ei ole takuuta.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New &amp;Family…</source>
        <translation>Uusi &amp;perhe…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Siirry</translation>
    </message>
    <message>
        <source>&amp;Case List</source>
        <translation>&amp;Asiakkuusluettelo</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Hae…</translation>
    </message>
    <message>
        <source>The Case&apos;s &amp;Family</source>
        <translation>Asiakkuuden &amp;perhe</translation>
    </message>
    <message>
        <source>&amp;Workers…</source>
        <translation>&amp;Työntekijät…</translation>
    </message>
    <message>
        <source>&amp;Providers</source>
        <translation>&amp;Toteuttajat</translation>
    </message>
    <message>
        <source>Measure &amp;Catalogue…</source>
        <translation>&amp;Tukitoimiluettelo…</translation>
    </message>
    <message>
        <source>Compensation &amp;Rates…</source>
        <translation>&amp;Korvaustaksat…</translation>
    </message>
    <message>
        <source>&amp;Organisation…</source>
        <translation>&amp;Organisaatio…</translation>
    </message>
    <message>
        <source>&amp;Blank Contact Form…</source>
        <translation>Tyhjä &amp;yhteydenottolomake…</translation>
    </message>
    <message>
        <source>&amp;All Settings…</source>
        <translation>Kaikki &amp;asetukset…</translation>
    </message>
    <message>
        <source>Cannot create the demo database</source>
        <translation>Esittelytietokantaa ei voi luoda</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Käyttöohje</translation>
    </message>
    <message>
        <source>&amp;Worklist</source>
        <translation>Työ&amp;lista</translation>
    </message>
    <message>
        <source>Co&amp;mpensation of Providers…</source>
        <translation>Toteuttajien pal&amp;kkiot ja korvaukset…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Tilanne&amp;kuva</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Varmuuskopioidaan…</translation>
    </message>
    <message>
        <source>The backup failed</source>
        <translation>Varmuuskopiointi epäonnistui</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Kotikäynti</translation>
    </message>
    <message>
        <source>Open the family or a case of the family you visit first.</source>
        <translation>Avaa ensin vierailtavan perheen sivu tai jokin sen asiakkuuksista.</translation>
    </message>
    <message>
        <source>End the home visit</source>
        <translation>Päätä kotikäynti</translation>
    </message>
    <message>
        <source>Your PIN:</source>
        <translation>PIN-koodisi:</translation>
    </message>
    <message>
        <source>Start a &amp;Home Visit…</source>
        <translation>Aloita kot&amp;ikäynti…</translation>
    </message>
    <message>
        <source>Shows only the family in view until you end the visit with your PIN.</source>
        <translation>Näyttää vain esillä olevan perheen, kunnes päätät käynnin PIN-koodillasi.</translation>
    </message>
    <message>
        <source>&amp;End the Home Visit…</source>
        <translation>Pää&amp;tä kotikäynti…</translation>
    </message>
    <message>
        <source>Client&apos;s access log</source>
        <translation>Asiakkaan käyttölokitiedot</translation>
    </message>
    <message>
        <source>Open the client&apos;s case first.</source>
        <translation>Avaa ensin asiakkaan asiakkuus.</translation>
    </message>
    <message>
        <source>Client&apos;s Access &amp;Log…</source>
        <translation>Asiakkaan käyttölokitie&amp;dot…</translation>
    </message>
    <message>
        <source>Everything logged about the child of the case in view, for a client who asks.</source>
        <translation>Kaikki esillä olevan asiakkuuden lapsesta lokiin kirjattu asiakkaalle, joka pyytää sitä.</translation>
    </message>
    <message>
        <source>Field copy written</source>
        <translation>Kenttäkopio kirjoitettu</translation>
    </message>
    <message>
        <source>The field copy %1 is written. Import it on the laptop with File ▸ Import a Field Copy, and bring the laptop&apos;s own field copy back the same way.</source>
        <translation>Kenttäkopio %1 on kirjoitettu. Tuo se kannettavaan valinnalla Tiedosto ▸ Tuo kenttäkopio, ja tuo kannettavan oma kenttäkopio takaisin samalla tavalla.</translation>
    </message>
    <message>
        <source>Import a Field Copy</source>
        <translation>Tuo kenttäkopio</translation>
    </message>
    <message>
        <source>Field copies (*.%1);;All files (*)</source>
        <translation>Kenttäkopiot (*.%1);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Field Cop&amp;y for a Laptop…</source>
        <translation>Kenttäkopio kannettava&amp;lle…</translation>
    </message>
    <message>
        <source>Families and all their records in one encrypted file, for work without a network.</source>
        <translation>Perheet kaikkine tietoineen yhdessä salatussa tiedostossa työhön ilman verkkoyhteyttä.</translation>
    </message>
    <message>
        <source>&amp;Import a Field Copy…</source>
        <translation>T&amp;uo kenttäkopio…</translation>
    </message>
    <message>
        <source>The daily backup was written: %1</source>
        <translation>Päivittäinen varmuuskopio kirjoitettiin: %1</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>Päivittäinen varmuuskopiointi epäonnistui: %1</translation>
    </message>
    <message>
        <source>Home visit: only this family is shown. End the visit with your PIN (File ▸ End the Home Visit…).</source>
        <translation>Kotikäynti: vain tämä perhe näytetään. Päätä käynti PIN-koodillasi (Tiedosto ▸ Päätä kotikäynti…).</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Tietokanta on vioittunut</translation>
    </message>
    <message>
        <source>Show the backups now?</source>
        <translation>Näytetäänkö varmuuskopiot nyt?</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation>Tarkistetaan tietokantaa…</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::MePage</name>
    <message>
        <source>e.g. social worker, social counsellor, family worker</source>
        <translation>esim. sosiaalityöntekijä, sosiaaliohjaaja, perhetyöntekijä</translation>
    </message>
    <message>
        <source>Printed on decisions and agreements as the number that gives more information.</source>
        <translation>Tulostuu päätöksiin ja sopimuksiin numerona, josta saa lisätietoja.</translation>
    </message>
    <message>
        <source>&amp;Save my details</source>
        <translation>&amp;Tallenna omat tiedot</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Etunimi:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Sukunimi:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Nimike:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Pu&amp;helin:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Sähkö&amp;posti:</translation>
    </message>
    <message>
        <source>You use this workstation as %1. Changes you make are recorded in this name.</source>
        <translation>Käytät tätä työasemaa nimellä %1. Tekemäsi muutokset kirjataan tällä nimellä.</translation>
    </message>
    <message>
        <source>You have not chosen who you are on this workstation. Add yourself or choose yourself on the Workers page.</source>
        <translation>Et ole valinnut, kuka olet tällä työasemalla. Lisää tai valitse itsesi Työntekijät-sivulla.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::MeasureDialog</name>
    <message>
        <source>Measure for %1</source>
        <translation>Tukitoimi lapselle %1</translation>
    </message>
    <message>
        <source>Type to find a measure</source>
        <translation>Hae tukitoimea kirjoittamalla</translation>
    </message>
    <message>
        <source>Intensified family work</source>
        <translation>Tehostettu perhetyö</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Tukitoimi:</translation>
    </message>
    <message>
        <source>Legal &amp;basis:</source>
        <translation>&amp;Oikeusperuste:</translation>
    </message>
    <message>
        <source>S&amp;tarts:</source>
        <translation>&amp;Alkaa:</translation>
    </message>
    <message>
        <source>Planned &amp;end:</source>
        <translation>Suunniteltu &amp;päättymispäivä:</translation>
    </message>
    <message>
        <source>G&amp;oals:</source>
        <translation>Ta&amp;voitteet:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Toteuttaja:</translation>
    </message>
    <message>
        <source>&amp;Days of care a month:</source>
        <translation>Hoito&amp;vuorokausia kuukaudessa:</translation>
    </message>
    <message>
        <source>Meetings a &amp;month:</source>
        <translation>Tapaamisia &amp;kuukaudessa:</translation>
    </message>
    <message>
        <source>&amp;Hours a week:</source>
        <translation>Tu&amp;nteja viikossa:</translation>
    </message>
    <message>
        <source>A support family usually has the child one weekend a month: two days of care.</source>
        <translation>Tukiperheessä lapsi on yleensä yhden viikonlopun kuukaudessa: kaksi hoitovuorokautta.</translation>
    </message>
    <message>
        <source>A support person usually meets the child once or twice a month.</source>
        <translation>Tukihenkilö tapaa lasta yleensä kerran tai kaksi kuukaudessa.</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(ei nimetty)</translation>
    </message>
    <message>
        <source>room for a child</source>
        <translation>tilaa lapselle</translation>
    </message>
    <message>
        <source>full</source>
        <translation>täynnä</translation>
    </message>
    <message>
        <source>speaks the child&apos;s language</source>
        <translation>puhuu lapsen kieltä</translation>
    </message>
    <message>
        <source>other ages</source>
        <translation>sopii muun ikäisille</translation>
    </message>
    <message>
        <source>Choose the measure from the list.</source>
        <translation>Valitse tukitoimi luettelosta.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::MeasuresTab</name>
    <message>
        <source>%1 / %2 this month</source>
        <translation>%1 / %2 tässä kuussa</translation>
    </message>
    <message>
        <source>LSL</source>
        <translation>LSL</translation>
    </message>
    <message>
        <source>SHL</source>
        <translation>SHL</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>End the measure</source>
        <translation>Päätä tukitoimi</translation>
    </message>
    <message>
        <source>The measure %1 ends on the day you enter. Its log stays.</source>
        <translation>Tukitoimi %1 päättyy antamanasi päivänä. Sen kirjaukset säilyvät.</translation>
    </message>
    <message>
        <source>&amp;Ended on:</source>
        <translation>&amp;Päättymispäivä:</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Tukitoimi</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Toteuttaja</translation>
    </message>
    <message>
        <source>Realised</source>
        <translation>Toteutunut</translation>
    </message>
    <message>
        <source>Add &amp;measure…</source>
        <translation>&amp;Lisää tukitoimi…</translation>
    </message>
    <message>
        <source>Cha&amp;nge…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;End…</source>
        <translation>P&amp;äätä…</translation>
    </message>
    <message>
        <source>No measures yet. Add one from the catalogue: support family, support person, family work and the other services.</source>
        <translation>Ei vielä tukitoimia. Lisää tukitoimi luettelosta: tukiperhe, tukihenkilö, perhetyö ja muut palvelut.</translation>
    </message>
    <message>
        <source>End the agreement</source>
        <translation>Päätä sopimus</translation>
    </message>
    <message>
        <source>The measure ended. End its agreement (version %1) on the same day?</source>
        <translation>Tukitoimi päättyi. Päätetäänkö sen sopimus (versio %1) samana päivänä?</translation>
    </message>
    <message>
        <source>The measure ended.</source>
        <translation>Tukitoimi päättyi.</translation>
    </message>
    <message>
        <source>Ma&amp;ke agreement</source>
        <translation>Laa&amp;di sopimus</translation>
    </message>
    <message>
        <source>Make &amp;decision</source>
        <translation>T&amp;ee päätös</translation>
    </message>
    <message>
        <source>A decision on this measure, pre-filled from it and the case.</source>
        <translation>Päätös tästä tukitoimesta, esitäytetty tukitoimen ja asiakkuuden tiedoilla.</translation>
    </message>
    <message>
        <source>A written agreement for a support family, a support person or family work, pre-filled from this measure.</source>
        <translation>Kirjallinen sopimus tukiperheestä, tukihenkilöstä tai perhetyöstä, esitäytettynä tämän tukitoimen tiedoilla.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::NewCaseDialog</name>
    <message>
        <source>New case – family %1</source>
        <translation>Uusi asiakkuus – perhe %1</translation>
    </message>
    <message>
        <source>&amp;Child:</source>
        <translation>&amp;Lapsi:</translation>
    </message>
    <message>
        <source>Why a case of its o&amp;wn:</source>
        <translation>Miksi &amp;oma asiakkuus:</translation>
    </message>
    <message>
        <source>&amp;Open the case</source>
        <translation>&amp;Avaa asiakkuus</translation>
    </message>
    <message>
        <source>%1 has an open case %2. The notification is recorded on that case, with its own urgency assessment and 7-working-day decision. Only if it must be a case of its own, write why.</source>
        <translation>Lapsella %1 on avoin asiakkuus %2. Ilmoitus kirjataan siihen omalla kiireellisyyden arvioinnillaan ja 7 arkipäivän päätöksellään. Kirjoita syy vain, jos sen on oltava oma asiakkuutensa.</translation>
    </message>
    <message>
        <source>&amp;Record on case %1</source>
        <translation>&amp;Kirjaa asiakkuuteen %1</translation>
    </message>
    <message>
        <source>&amp;Open a case of its own</source>
        <translation>&amp;Avaa oma asiakkuus</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::NewFamilyDialog</name>
    <message>
        <source>New family</source>
        <translation>Uusi perhe</translation>
    </message>
    <message>
        <source>Give the family a name, usually the family name. You add the children, guardians and other members next.</source>
        <translation>Anna perheelle nimi, yleensä sukunimi. Lapset, huoltajat ja muut jäsenet lisätään seuraavaksi.</translation>
    </message>
    <message>
        <source>Family &amp;name:</source>
        <translation>Perheen &amp;nimi:</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::NotifierGroup</name>
    <message>
        <source>Who notified or contacted</source>
        <translation>Ilmoittaja tai yhteydenottaja</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nimi:</translation>
    </message>
    <message>
        <source>Wishes to stay anonymous</source>
        <translation>Haluaa pysyä nimettömänä</translation>
    </message>
    <message>
        <source>A private person may notify without giving their name. A professional obliged to notify gives their name.</source>
        <translation>Yksityishenkilö voi ilmoittaa nimeään kertomatta. Ilmoitusvelvollinen ammattilainen antaa nimensä.</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisaatio:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Ammattinimike:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Puhelin:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Sähköposti:</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::OrganisationPage</name>
    <message>
        <source>The organiser and the unit</source>
        <translation>Järjestäjä ja yksikkö</translation>
    </message>
    <message>
        <source>Requests for review</source>
        <translation>Oikaisuvaatimukset</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Järjestäjä:</translation>
    </message>
    <message>
        <source>wellbeing services county or municipality</source>
        <translation>hyvinvointialue tai kunta</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Yksikkö:</translation>
    </message>
    <message>
        <source>&amp;Postal address:</source>
        <translation>Posti&amp;osoite:</translation>
    </message>
    <message>
        <source>street or PO box, e.g. PL 100</source>
        <translation>katuosoite tai postilokero, esim. PL 100</translation>
    </message>
    <message>
        <source>Post&amp;al code:</source>
        <translation>Posti&amp;numero:</translation>
    </message>
    <message>
        <source>e.g. 96101</source>
        <translation>esim. 96101</translation>
    </message>
    <message>
        <source>Post o&amp;ffice:</source>
        <translation>Postitoi&amp;mipaikka:</translation>
    </message>
    <message>
        <source>&amp;Visiting address:</source>
        <translation>&amp;Käyntiosoite:</translation>
    </message>
    <message>
        <source>Pho&amp;ne:</source>
        <translation>P&amp;uhelin:</translation>
    </message>
    <message>
        <source>Phone &amp;hours:</source>
        <translation>Puhelin&amp;aika:</translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 9–10</source>
        <translation>esim. ma–pe klo 9–10</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
    <message>
        <source>Child welfare on-&amp;call line:</source>
        <translation>Lastensuojelun &amp;päivystys:</translation>
    </message>
    <message>
        <source>Document foo&amp;ter:</source>
        <translation>Asiakirjan a&amp;latunniste:</translation>
    </message>
    <message>
        <source>&amp;Board:</source>
        <translation>&amp;Toimielin:</translation>
    </message>
    <message>
        <source>the board that hears requests for review</source>
        <translation>oikaisuvaatimukset käsittelevä toimielin</translation>
    </message>
    <message>
        <source>Printed on decisions and on the contact form, so that a family knows whom to call in an emergency outside office hours (lastensuojelun päivystys).</source>
        <translation>Tulostuu päätöksiin ja yhteydenottolomakkeeseen, jotta perhe tietää, mihin soittaa hätätilanteessa virka-ajan ulkopuolella.</translation>
    </message>
    <message>
        <source>A decision&apos;s appeal instructions name this board: the client sends the request for review to it within 30 days. Without it a decision cannot be issued.</source>
        <translation>Päätöksen oikaisuvaatimusohjeessa nimetään tämä toimielin: asiakas lähettää oikaisuvaatimuksen sille 30 päivän kuluessa. Ilman sitä päätöstä ei voi antaa.</translation>
    </message>
    <message>
        <source>&amp;Save organisation</source>
        <translation>Tallenna organisaation tie&amp;dot</translation>
    </message>
    <message>
        <source>Where they appear:</source>
        <translation>Missä tiedot näkyvät:</translation>
    </message>
    <message>
        <source>Letterhead of every page</source>
        <translation>Jokaisen sivun ylätunniste</translation>
    </message>
    <message>
        <source>Contact details on decisions and forms</source>
        <translation>Yhteystiedot päätöksissä ja lomakkeissa</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Foot of every page</source>
        <translation>Jokaisen sivun alatunniste</translation>
    </message>
    <message>
        <source>Appeal instructions of a decision made today</source>
        <translation>Tänään tehdyn päätöksen oikaisuvaatimusohje</translation>
    </message>
    <message>
        <source>Organiser in S&amp;wedish:</source>
        <translation>Järjest&amp;äjä ruotsiksi:</translation>
    </message>
    <message>
        <source>for documents in Swedish</source>
        <translation>ruotsinkielisiin asiakirjoihin</translation>
    </message>
    <message>
        <source>Unit &amp;in Swedish:</source>
        <translation>Yksikk&amp;ö ruotsiksi:</translation>
    </message>
    <message>
        <source>Boa&amp;rd in Swedish:</source>
        <translation>Toimi&amp;elin ruotsiksi:</translation>
    </message>
    <message>
        <source>Re&amp;gistry address:</source>
        <translation>K&amp;irjaamon osoite:</translation>
    </message>
    <message>
        <source>where requests are delivered, e.g. PL 200, 96101 Rovaniemi</source>
        <translation>johon oikaisuvaatimukset toimitetaan, esim. PL 200, 96101 Rovaniemi</translation>
    </message>
    <message>
        <source>Registry e-&amp;mail:</source>
        <translation>Kirjaamon sä&amp;hköposti:</translation>
    </message>
    <message>
        <source>Registr&amp;y opening hours:</source>
        <translation>Ki&amp;rjaamon aukioloaika:</translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 9–15</source>
        <translation>esim. ma–pe 9–15</translation>
    </message>
    <message>
        <source>A request for review must reach the registry before it closes on the last day: the appeal instructions print these hours. Without them a decision cannot be issued.</source>
        <translation>Oikaisuvaatimuksen on oltava perillä kirjaamossa ennen sen sulkeutumista määräajan viimeisenä päivänä: oikaisuvaatimusohje kertoo nämä ajat. Ilman niitä päätöstä ei voi antaa.</translation>
    </message>
    <message>
        <source>On documents in Swedish</source>
        <translation>Ruotsinkielisissä asiakirjoissa</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::PersonDialog</name>
    <message>
        <source>No identity code: enter the birth date instead.</source>
        <translation>Ei henkilötunnusta: kirjoita sen sijaan syntymäaika.</translation>
    </message>
    <message>
        <source>✓ Valid: born %1, %2.</source>
        <translation>✓ Kelvollinen: syntynyt %1, %2.</translation>
    </message>
    <message>
        <source>female</source>
        <translation>nainen</translation>
    </message>
    <message>
        <source>male</source>
        <translation>mies</translation>
    </message>
    <message>
        <source>This is a temporary identity code.</source>
        <translation>Tämä on tilapäinen henkilötunnus.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Lisää henkilö</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Muokkaa henkilöä</translation>
    </message>
    <message>
        <source>&amp;First names:</source>
        <translation>&amp;Etunimet:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Sukunimi:</translation>
    </message>
    <message>
        <source>&amp;Identity code:</source>
        <translation>Henkil&amp;ötunnus:</translation>
    </message>
    <message>
        <source>&amp;Birth date:</source>
        <translation>S&amp;yntymäaika:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>&amp;Role in the family:</source>
        <translation>&amp;Rooli perheessä:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Pu&amp;helin:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
    <message>
        <source>Street &amp;address:</source>
        <translation>Lähi&amp;osoite:</translation>
    </message>
    <message>
        <source>P&amp;ostal code and office:</source>
        <translation>&amp;Postinumero ja -toimipaikka:</translation>
    </message>
    <message>
        <source>e.g. 131052-308T</source>
        <translation>esim. 131052-308T</translation>
    </message>
    <message>
        <source>The Finnish personal identity code. It is checked as you type. A person without one (a newborn, a foreigner) is recorded with a birth date.</source>
        <translation>Suomalainen henkilötunnus. Se tarkistetaan kirjoittaessasi. Henkilö, jolla ei ole henkilötunnusta (vastasyntynyt, ulkomaalainen), kirjataan syntymäajalla.</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>postinumero</translation>
    </message>
    <message>
        <source>post office</source>
        <translation>postitoimipaikka</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::PinSetupDialog</name>
    <message>
        <source>Choose a PIN</source>
        <translation>Valitse PIN-koodi</translation>
    </message>
    <message>
        <source>The lock and the home visit are opened with your PIN. Choose one of at least %1 digits that nobody else knows. It is kept on this computer only as a hash.</source>
        <translation>Lukitus ja kotikäynti avataan PIN-koodillasi. Valitse vähintään %1 numeron koodi, jota kukaan muu ei tiedä. Se tallennetaan tälle tietokoneelle vain tiivisteenä.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN-koodi:</translation>
    </message>
    <message>
        <source>PIN &amp;again:</source>
        <translation>PIN-koodi &amp;uudelleen:</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::PlanForm</name>
    <message>
        <source>The target date of goal %1 is not a date. Write it as day.month.year.</source>
        <translation>Tavoitteen %1 tavoitepäivä ei ole päivämäärä. Kirjoita se muodossa päivä.kuukausi.vuosi.</translation>
    </message>
    <message>
        <source>Made o&amp;n:</source>
        <translation>Laadittu:</translation>
    </message>
    <message>
        <source>&amp;Taking part:</source>
        <translation>Osallist&amp;ujat:</translation>
    </message>
    <message>
        <source>Service and support needs:</source>
        <translation>Palvelu- &amp;ja tukitarpeet:</translation>
    </message>
    <message>
        <source>Circumstances to &amp;influence:</source>
        <translation>Vaikutettavat olosu&amp;hteet:</translation>
    </message>
    <message>
        <source>G&amp;oals:</source>
        <translation>Ta&amp;voitteet:</translation>
    </message>
    <message>
        <source>Services and support measures:</source>
        <translation>Palvelut ja tukitoimet:</translation>
    </message>
    <message>
        <source>Esti&amp;mated time to reach the goals:</source>
        <translation>Arvioitu aika tavoitteiden saavutta&amp;miseen:</translation>
    </message>
    <message>
        <source>Diffe&amp;ring views:</source>
        <translation>Eri&amp;ävät näkemykset:</translation>
    </message>
    <message>
        <source>Wor&amp;ker&apos;s meetings with the child:</source>
        <translation>T&amp;yöntekijän tapaamiset lapsen kanssa:</translation>
    </message>
    <message>
        <source>Next review &amp;by:</source>
        <translation>Seuraava tarkistus viimeistään:</translation>
    </message>
    <message>
        <source>The client plan is reviewed when needed and at least once a year (LSL 30 §).</source>
        <translation>Asiakassuunnitelma tarkistetaan tarvittaessa ja vähintään kerran vuodessa (LSL 30 §).</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Tavoitepäivä</translation>
    </message>
    <message>
        <source>A&amp;dd goal</source>
        <translation>Lisää tavoite</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Poista tavoite</translation>
    </message>
    <message>
        <source>e.g. talking alone with the child; or why it could not be (age, development)</source>
        <translation>esim. keskustelu lapsen kanssa kahden kesken; tai miksi sitä ei voitu selvittää (ikä, kehitystaso)</translation>
    </message>
    <message>
        <source>Child&apos;s own opinion:</source>
        <translation>Lapsen oma mielipide:</translation>
    </message>
    <message>
        <source>How it was found out:</source>
        <translation>Miten mielipide selvitettiin:</translation>
    </message>
    <message>
        <source>Guardians&apos; views:</source>
        <translation>Huoltajien näkemykset:</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::PrivacyPage</name>
    <message>
        <source>A PIN is set.</source>
        <translation>PIN-koodi on asetettu.</translation>
    </message>
    <message>
        <source>On a home visit the family may see the screen. Ctrl+L locks the program at once; it also locks itself after the minutes below without use. The locked window shows no names and opens with your PIN, which is kept only as a one-way hash.</source>
        <translation>Kotikäynnillä perhe voi nähdä näytön. Ctrl+L lukitsee ohjelman heti; se lukittuu myös itsestään, kun sitä ei ole käytetty alla olevaan minuuttimäärään. Lukittu ikkuna ei näytä nimiä, ja sen avaa PIN-koodisi, josta tallennetaan vain yksisuuntainen tiiviste.</translation>
    </message>
    <message>
        <source>&amp;Lock after idle minutes (0: never):</source>
        <translation>&amp;Lukitse käyttämättömänä minuutin jälkeen (0: ei koskaan):</translation>
    </message>
    <message>
        <source>The same &amp;again:</source>
        <translation>Sama &amp;uudelleen:</translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation>&amp;Aseta PIN-koodi</translation>
    </message>
    <message>
        <source>&amp;Remove PIN</source>
        <translation>Poista PIN-&amp;koodi</translation>
    </message>
    <message>
        <source>No PIN is set: the first lock or home visit asks for one, and the window does not lock itself until one is set.</source>
        <translation>PIN-koodia ei ole asetettu: ensimmäinen lukitus tai kotikäynti pyytää sitä, eikä ikkuna lukitu itsestään ennen kuin se on asetettu.</translation>
    </message>
    <message>
        <source>New &amp;PIN, at least 6 digits:</source>
        <translation>Uusi &amp;PIN-koodi, vähintään 6 numeroa:</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::ProviderDialog</name>
    <message>
        <source>Provider</source>
        <translation>Toteuttaja</translation>
    </message>
    <message>
        <source>e.g. Laine, Matti and Anna</source>
        <translation>esim. Laine, Matti ja Anna</translation>
    </message>
    <message>
        <source>Language codes separated by spaces, e.g. &quot;fi sv&quot;.</source>
        <translation>Kielikoodit välilyönnein erotettuina, esim. &quot;fi sv&quot;.</translation>
    </message>
    <message>
        <source>The date of the extract of the criminal record (504/2002) the provider showed. A reminder appears when it is due for renewal.</source>
        <translation>Toteuttajan esittämän rikosrekisteriotteen (504/2002) päivämäärä. Muistutus tulee näkyviin, kun ote on uusittava.</translation>
    </message>
    <message>
        <source>(not a worker of the unit)</source>
        <translation>(ei yksikön työntekijä)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tyyppi:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>A&amp;dults:</source>
        <translation>&amp;Aikuiset:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Ti&amp;la:</translation>
    </message>
    <message>
        <source>Street &amp;address:</source>
        <translation>Lähi&amp;osoite:</translation>
    </message>
    <message>
        <source>P&amp;ostal code and office:</source>
        <translation>&amp;Postinumero ja -toimipaikka:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Pu&amp;helin:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>Ki&amp;elet:</translation>
    </message>
    <message>
        <source>&amp;Capacity (children):</source>
        <translation>&amp;Kapasiteetti (lapsia):</translation>
    </message>
    <message>
        <source>Suitable a&amp;ges:</source>
        <translation>Sopivat i&amp;ät:</translation>
    </message>
    <message>
        <source>&amp;Training completed:</source>
        <translation>Ko&amp;ulutus suoritettu:</translation>
    </message>
    <message>
        <source>C&amp;riminal record extract:</source>
        <translation>&amp;Rikosrekisteriote:</translation>
    </message>
    <message>
        <source>&amp;Identity code:</source>
        <translation>Henkil&amp;ötunnus:</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>T&amp;yöntekijä:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>Lisätie&amp;dot:</translation>
    </message>
    <message>
        <source>✓ IBAN %1</source>
        <translation>✓ IBAN %1</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::ProviderImportDialog</name>
    <message>
        <source>Import providers</source>
        <translation>Tuo toteuttajat</translation>
    </message>
    <message>
        <source>%1 rows can be imported. %2 rows were rejected and are not imported; correct them in the file and import it again (rows already in the registry are skipped).</source>
        <translation>Tuotavia rivejä: %1. Hylättyjä rivejä, joita ei tuoda: %2; korjaa ne tiedostoon ja tuo tiedosto uudelleen (jo rekisterissä olevat rivit ohitetaan).</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Hylkäämisen syy</translation>
    </message>
    <message>
        <source>&amp;Import %1 providers</source>
        <translation>&amp;Tuo toteuttajat (%1)</translation>
    </message>
    <message>
        <source>%1 providers were added; %2 were already in the registry.</source>
        <translation>Toteuttajia lisättiin: %1; jo rekisterissä: %2.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::ProvidersPage</name>
    <message>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
    <message>
        <source>renew</source>
        <translation>uusittava</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>now</source>
        <translation>nyt</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>aiemmin</translation>
    </message>
    <message>
        <source>Import providers</source>
        <translation>Tuo toteuttajat</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-tiedostot (*.csv);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Tiedostoa %1 ei voi lukea.</translation>
    </message>
    <message>
        <source>Se&amp;arch:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>Name, adult or place</source>
        <translation>Nimi, aikuinen tai paikkakunta</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Kaikki tyypit</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>kaikki tilat</translation>
    </message>
    <message>
        <source>&amp;Criminal record extract to renew</source>
        <translation>&amp;Rikosrekisteriote uusittava</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Children</source>
        <translation>Lapset</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>Criminal record extract</source>
        <translation>Rikosrekisteriote</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <source>Children now and &amp;before:</source>
        <translation>&amp;Lapset nyt ja aiemmin:</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Lapsi</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Asiakkuus</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ajankohta</translation>
    </message>
    <message>
        <source>&amp;New provider…</source>
        <translation>&amp;Uusi toteuttaja…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;Import from CSV…</source>
        <translation>Tuo &amp;CSV-tiedostosta…</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Toteuttajat</translation>
    </message>
    <message>
        <source>rene&amp;w after:</source>
        <translation>uus&amp;ittava:</translation>
    </message>
    <message>
        <source> months</source>
        <translation> kuukauden välein</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::RatesPage</name>
    <message>
        <source>per day of care</source>
        <translation>hoitovuorokaudelta</translation>
    </message>
    <message>
        <source>per meeting</source>
        <translation>tapaamiselta</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>kuukaudelta</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Toteuttaja</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>Voimassa alkaen</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>Voimassa asti</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Palkkio</translation>
    </message>
    <message>
        <source>Expense allowance</source>
        <translation>Kulukorvaus</translation>
    </message>
    <message>
        <source>Mileage</source>
        <translation>Kilometrikorvaus</translation>
    </message>
    <message>
        <source> €/km</source>
        <translation> €/km</translation>
    </message>
    <message>
        <source>&amp;Add rate</source>
        <translation>&amp;Lisää taksa</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Toteuttaja:</translation>
    </message>
    <message>
        <source>&amp;Valid from:</source>
        <translation>Voimassa &amp;alkaen:</translation>
    </message>
    <message>
        <source>&amp;Fee (taxable):</source>
        <translation>&amp;Palkkio (veronalainen):</translation>
    </message>
    <message>
        <source>&amp;Expense allowance:</source>
        <translation>K&amp;ulukorvaus:</translation>
    </message>
    <message>
        <source>&amp;Mileage:</source>
        <translation>K&amp;ilometrikorvaus:</translation>
    </message>
    <message>
        <source>until further notice</source>
        <translation>toistaiseksi</translation>
    </message>
    <message>
        <source>Enter the date the rate is valid from.</source>
        <translation>Kirjoita päivä, josta alkaen taksa on voimassa.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::ScreenLock</name>
    <message>
        <source>Tukipolku is locked</source>
        <translation>Tukipolku on lukittu</translation>
    </message>
    <message>
        <source>Type your PIN to go on:</source>
        <translation>Jatka kirjoittamalla PIN-koodisi:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>&amp;Close Tukipolku</source>
        <translation>&amp;Sulje Tukipolku</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::SendingDialog</name>
    <message>
        <source>by ordinary letter</source>
        <translation>tavallisena kirjeenä</translation>
    </message>
    <message>
        <source>handed over in person</source>
        <translation>henkilökohtaisesti luovuttaen</translation>
    </message>
    <message>
        <source>electronically</source>
        <translation>sähköisesti</translation>
    </message>
    <message>
        <source>against a receipt</source>
        <translation>saantitodistusta vastaan</translation>
    </message>
    <message>
        <source>Send the decision</source>
        <translation>Päätöksen lähettäminen</translation>
    </message>
    <message>
        <source>How and when was the decision sent to %1? Their own 30 days for a request for review run from the day they receive it.</source>
        <translation>Miten ja milloin päätös lähetettiin vastaanottajalle %1? Hänen omat 30 päivänsä oikaisuvaatimukseen alkavat päivästä, jona hän saa päätöksen tiedoksi.</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Miten:</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Lähetetty:</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Saatu tiedoksi:</translation>
    </message>
    <message>
        <source>Counts as received on the seventh day after it was sent.</source>
        <translation>Katsotaan saaduksi tiedoksi seitsemäntenä päivänä lähettämisestä.</translation>
    </message>
    <message>
        <source>Counts as received on the third day after it was sent.</source>
        <translation>Katsotaan saaduksi tiedoksi kolmantena päivänä lähettämisestä.</translation>
    </message>
    <message>
        <source>Received on the day it is handed over.</source>
        <translation>Saatu tiedoksi luovutuspäivänä.</translation>
    </message>
    <message>
        <source>Received on the day written on the receipt; leave it empty until the receipt comes back.</source>
        <translation>Saatu tiedoksi saantitodistukseen merkittynä päivänä; jätä tyhjäksi, kunnes saantitodistus palautuu.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Minä</translation>
    </message>
    <message>
        <source>Workers</source>
        <translation>Työntekijät</translation>
    </message>
    <message>
        <source>Compensation rates</source>
        <translation>Korvaustaksat</translation>
    </message>
    <message>
        <source>Measure catalogue</source>
        <translation>Tukitoimiluettelo</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Asiakirjat</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Yksityisyys</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::StageBar</name>
    <message>
        <source>Decisions</source>
        <translation>Päätökset</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::StartPage</name>
    <message>
        <source>Tukipolku</source>
        <translation>Tukipolku</translation>
    </message>
    <message>
        <source>No database is open. Choose File &gt; New Database to start a new one or File &gt; Open Database to open an existing one.</source>
        <translation>Tietokantaa ei ole avattu. Aloita uusi valinnalla Tiedosto &gt; Uusi tietokanta tai avaa olemassa oleva valinnalla Tiedosto &gt; Avaa tietokanta.</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::TimelinePanel</name>
    <message>
        <source>Save the time line as PDF</source>
        <translation>Tallenna aikajana PDF-tiedostoksi</translation>
    </message>
    <message>
        <source>time-line-%1.pdf</source>
        <translation>aikajana-%1.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Notification received</source>
        <translation>Ilmoitus vastaanotettu</translation>
    </message>
    <message>
        <source>Contact received</source>
        <translation>Yhteydenotto vastaanotettu</translation>
    </message>
    <message>
        <source>Assessment starts</source>
        <translation>Arviointi aloitetaan</translation>
    </message>
    <message>
        <source>No assessment</source>
        <translation>Ei arviointia</translation>
    </message>
    <message>
        <source>Assessment completed</source>
        <translation>Arviointi valmistui</translation>
    </message>
    <message>
        <source>Plan, version %1</source>
        <translation>Suunnitelma, versio %1</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Asiakkuus päättyi</translation>
    </message>
    <message>
        <source>Decision %1</source>
        <translation>Päätös %1</translation>
    </message>
    <message>
        <source>Time line: %1, case %2, %3</source>
        <translation>Aikajana: %1, asiakkuus %2, %3</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa.</translation>
    </message>
    <message>
        <source>Dots: the pathway&apos;s events. Triangles: the statutory deadlines (green met or on time, yellow due soon, red overdue). Bars: decisions (sand) and measures (blue). The dashed line is today.</source>
        <translation>Pisteet: asiakkuuden vaiheet. Kolmiot: lakisääteiset määräajat (vihreä täyttynyt tai ajallaan, keltainen lähestyy, punainen myöhässä). Palkit: päätökset (hiekka) ja tukitoimet (sininen). Katkoviiva on tämä päivä.</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Lä&amp;hennä</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Loito&amp;nna</translation>
    </message>
    <message>
        <source>&amp;Whole case</source>
        <translation>Näytä koko &amp;jakso</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Tallenna P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::WorkersPage</name>
    <message>
        <source>&amp;This is me</source>
        <translation>Tämä olen &amp;minä</translation>
    </message>
    <message>
        <source>Changes you make are recorded in this worker&apos;s name, and &quot;My cases&quot; shows their cases.</source>
        <translation>Tekemäsi muutokset kirjataan tämän työntekijän nimellä, ja &quot;Omat asiakkuudet&quot; näyttää hänen asiakkuutensa.</translation>
    </message>
    <message>
        <source>e.g. social worker, social counsellor, family worker</source>
        <translation>esim. sosiaalityöntekijä, sosiaaliohjaaja, perhetyöntekijä</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Etunimi:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Sukunimi:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>&amp;Nimike:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Pu&amp;helin:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>Sähkö&amp;posti:</translation>
    </message>
    <message>
        <source>&amp;Workers of the unit:</source>
        <translation>Yksikön &amp;työntekijät:</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>You have not chosen who you are on this workstation.</source>
        <translation>Et ole valinnut, kuka olet tällä työasemalla.</translation>
    </message>
    <message>
        <source>You are: %1</source>
        <translation>Olet: %1</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(ei annettu)</translation>
    </message>
    <message>
        <source>Social worker</source>
        <translation>Sosiaalityöntekijä</translation>
    </message>
    <message>
        <source>Social counsellor</source>
        <translation>Sosiaaliohjaaja</translation>
    </message>
    <message>
        <source>Family worker</source>
        <translation>Perhetyöntekijä</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Li&amp;censed social worker (LSL 13 b §)</source>
        <translation>La&amp;illistettu sosiaalityöntekijä (LSL 13 b §)</translation>
    </message>
    <message>
        <source>number in the professional register</source>
        <translation>numero ammattihenkilörekisterissä</translation>
    </message>
    <message>
        <source>May make &amp;decisions (the organiser&apos;s rules)</source>
        <translation>Saa tehdä päätö&amp;ksiä (järjestäjän säännöt)</translation>
    </message>
    <message>
        <source>Only workers with this authority are offered as decision makers. Any of them may decide for a child, a substitute too.</source>
        <translation>Vain työntekijät, joilla on päätösvalta, näkyvät päätöksentekijöinä. Kuka tahansa heistä voi tehdä päätöksen lapsen asiassa, myös sijainen.</translation>
    </message>
    <message>
        <source>&amp;Add as a new worker</source>
        <translation>Lisää &amp;uutena työntekijänä</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Ta&amp;llenna muutokset</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Pr&amp;ofession:</source>
        <translation>&amp;Ammatti:</translation>
    </message>
    <message>
        <source>&amp;Register number:</source>
        <translation>&amp;Rekisterinumero:</translation>
    </message>
    <message>
        <source>(decides)</source>
        <translation>(päättää)</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::WorklistModel</name>
    <message>
        <source>%1 – overdue</source>
        <translation>%1 – myöhässä</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Tehtävä</translation>
    </message>
    <message>
        <source>Child or provider</source>
        <translation>Lapsi tai toteuttaja</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Asiakkuus</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Lisätieto</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Työntekijä</translation>
    </message>
</context>
<context>
    <name>tukipolku::ui::WorklistPage</name>
    <message>
        <source>The whole unit</source>
        <translation>Koko yksikkö</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Minä (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due within %1 days</source>
        <translation>
            <numerusform>%n tehtävä erääntyy %1 päivän kuluessa</numerusform>
            <numerusform>%n tehtävää erääntyy %1 päivän kuluessa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n myöhässä</numerusform>
            <numerusform>%n myöhässä</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 / %3 children</source>
        <translation>%1: %2 / %3 lasta</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>yli rajan</translation>
    </message>
    <message>
        <source>Show &amp;the work of:</source>
        <translation>&amp;Näytä työt:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Child welfare caseload&lt;/b&gt;&lt;br&gt;children per responsible social worker; the limit is %1 (LSL 13 b §)</source>
        <translation>&lt;b&gt;Lastensuojelun asiakasmäärä&lt;/b&gt;&lt;br&gt;lapsia vastaavaa sosiaalityöntekijää kohden; raja on %1 (LSL 13 b §)</translation>
    </message>
    <message>
        <source>Double-click a row or press Enter to open it.</source>
        <translation>Avaa rivi kaksoisnapsauttamalla tai Enter-näppäimellä.</translation>
    </message>
    <message>
        <source>Reading the work…</source>
        <translation>Haetaan tehtäviä…</translation>
    </message>
</context>
</TS>
