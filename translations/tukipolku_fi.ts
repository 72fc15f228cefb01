<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
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
    <message>
        <source>Database: %1
Families: %2
Persons: %3
Workers: %4</source>
        <translation>Tietokanta: %1
Perheitä: %2
Henkilöitä: %3
Työntekijöitä: %4</translation>
    </message>
</context>
</TS>
