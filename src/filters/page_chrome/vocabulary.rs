//! The word lists of page-chrome: the button and label phrases by group, the marks around
//! them, share-bar names and the small words of a section label. Kept apart from the matching
//! code so that the lists can be read and extended in one place.

pub(super) const LEAD_MARKS: [char; 15] = [
    '*', '•', '·', '▪', '►', '▶', '#', '>', '»', '›', '|', '+', '-', '–', '—',
];

pub(super) const TRAIL_MARKS: [char; 15] = [
    ':', '：', '.', '…', '!', '»', '›', '>', '→', '-', '–', '—', '|', '+', '*',
];

/// The phrase group of the headings of related-article and most-read lists.
pub(super) const LIST_HEADING: &str = "related-list heading";

/// Button and label texts, matched as the whole line (case-insensitive), `|`-separated. Each
/// group names the kind of chrome for the finding's reason.
pub(super) const PHRASE_GROUPS: [(&str, &str); 10] = [
    (
        "advertisement label",
        "advertisement | advertisements | advertising | advert | ad | ads | sponsored | \
         sponsored content | paid content | paid post | promoted | story continues below | \
         story continues below advertisement | article continues below | \
         article continues below advertisement | continue reading below | \
         scroll to continue | scroll to continue with content | \
         advertisement - scroll to continue | advertisement scroll to continue | anzeige | \
         werbung | weiter nach der anzeige | artikel wird nach der anzeige fortgesetzt | \
         publicité | publicite | la suite après cette publicité | \
         la suite après la publicité | publicidad | continúa después de la publicidad | \
         pubblicità | pubblicita | publicidade | advertentie | reclame | reklama | \
         materiał sponsorowany | artykuł sponsorowany | реклама | affiliatelink | \
         affiliate link | affiliate-link | zum shop",
    ),
    (
        "skip link",
        "skip to content | skip to main content | skip to navigation | skip navigation | \
         skip to search | skip to footer | jump to content | jump to main content | \
         zum inhalt | zum inhalt springen | zum hauptinhalt | zum hauptinhalt springen | \
         direkt zum inhalt | aller au contenu | aller au contenu principal | \
         passer au contenu | passer au contenu principal | saltar al contenido | \
         saltar al contenido principal | ir al contenido | ir al contenido principal | \
         vai al contenuto | vai al contenuto principale | salta al contenuto | \
         salta al contenuto principale | ir para o conteúdo | ir para o conteúdo principal | \
         saltar para o conteúdo | naar de inhoud | naar de inhoud springen | \
         direct naar de inhoud | ga naar de inhoud | przejdź do treści | \
         перейти к содержанию",
    ),
    (
        "share/print button",
        "share | share this | share this article | share this story | share this post | \
         share this page | share article | share story | share on facebook | \
         share on twitter | share on x | share on linkedin | share on whatsapp | \
         share via email | share via e-mail | tweet | tweet this | print | print this | \
         print this article | print this page | print article | email | e-mail | \
         email this | email this article | copy link | copy the link | link copied | \
         copy url | save | save article | save for later | pin it | teilen | \
         artikel teilen | jetzt teilen | beitrag teilen | drucken | artikel drucken | \
         link kopieren | per e-mail teilen | per e-mail versenden | partager | \
         partager cet article | partager l'article | partager l’article | imprimer | \
         copier le lien | compartir | compartir artículo | compartir esta noticia | \
         imprimir | copiar enlace | copiar link | condividi | condividi articolo | stampa | \
         copia link | compartilhar | partilhar | delen | deel dit artikel | afdrukken | \
         kopieer link | teilen mit | diesen beitrag teilen | bewerten | artikel bewerten | sharen mit | \
         url zum kopieren | link zum kopieren | rezept drucken | seite drucken | \
         podziel się | udostępnij | drukuj | поделиться | распечатать",
    ),
    (
        LIST_HEADING,
        "related | related articles | related article | related stories | related story | \
         related content | related posts | related post | related news | related coverage | \
         related links | related reading | recommended | recommended for you | \
         recommended stories | recommended articles | you may also like | you might also like | \
         most read | most popular | most viewed | most shared | more stories | top stories | \
         latest news | more news | meistgelesen | meistgelesene artikel | ähnliche beiträge | \
         ähnliche artikel | das könnte sie auch interessieren | \
         das könnte dich auch interessieren | empfohlene beiträge | empfohlene artikel | \
         noticias relacionadas | otras noticias | te puede interesar | más noticias | \
         sur le même sujet | à lire également | potrebbe interessarti | meer nieuws | \
         weitere artikel | weitere beiträge | verwandte artikel | beliebte artikel | \
         artículos relacionados | lo más leído | articles similaires | les plus lus | \
         articoli correlati | più letti | artigos relacionados | notícias relacionadas | \
         mais lidas | gerelateerde artikelen | meest gelezen | zobacz także | zobacz też | \
         czytaj także | czytaj też | polecane | najczęściej czytane | podobne artykuły | \
         читайте также | смотрите также | похожие статьи | популярное | самое читаемое | \
         другие новости | polecamy | empfehlungen aus der redaktion | najnowsze artykuły | \
         beliebte beiträge | beliebte beiträge zum thema | am meisten gelesen | meistgelesene | \
         последние новости",
    ),
    (
        "read-more prompt",
        "more | read more | read more here | continue reading | keep reading | read the full story | \
         read the full article | read full story | read full article | related topics | \
         more on this story | more on this topic | see also | also read | read also | trending | \
         trending now | see more | don't miss | don’t miss | weiterlesen | mehr lesen | \
         mehr dazu | mehr zum thema | mehr themen | zum thema | auch interessant | \
         lesen sie auch | lesen sie mehr | das thema könnte dich auch interessieren | \
         das thema könnte sie auch interessieren | auch lesen | lea más | le puede interesar | \
         más sobre | lies auch | pour approfondir | también te puede interesar | next post | \
         previous post | next article | previous article | nächster beitrag | \
         vorheriger beitrag | article suivant | article précédent | lire aussi | lire la suite | \
         lire plus | à lire aussi | a lire aussi | voir aussi | leer más | leer mas | \
         lee también | lea también | vea también | ver también | leggi anche | leggi di più | \
         leggi tutto | continua a leggere | leia também | leia mais | veja também | saiba mais | \
         lees ook | lees meer | lees verder | meer lezen | czytaj więcej | czytaj dalej | \
         читать далее | подробнее | читать полностью",
    ),
    (
        "newsletter/subscribe button",
        "subscribe | subscribe now | subscribe today | sign up | sign up now | \
         sign up here | newsletter | newsletters | newsletter abonnieren | \
         jetzt abonnieren | jetzt newsletter abonnieren | abonnieren | \
         zum newsletter anmelden | s'abonner | s’abonner | abonnez-vous | je m'abonne | \
         je m’abonne | suscríbete | suscribete | suscríbase | suscribirse | iscriviti | \
         iscriviti alla newsletter | abbonati | assine | assine já | inscreva-se | \
         abonneren | abonneer nu | schrijf je in | zapisz się | subskrybuj | \
         подписаться | подпишитесь",
    ),
    (
        "video player label",
        "just watched | replay | more videos | must watch | watch now | play video | \
         now playing | up next | autoplay | video ad feedback",
    ),
    (
        "navigation control",
        "toggle navigation | navigation | main menu | menu | open menu | close menu | \
         main navigation | search | close | back to top | nach oben | zurück nach oben | \
         navigation öffnen | menü | suche | wird geladen | loading | inhaltsverzeichnis | table of contents | \
         sie sind aktuell nicht eingeloggt | sie sind nicht eingeloggt | search for | \
         suche nach | suchbegriff eingeben | enter search term | type to search | search this site | \
         search this website | diese website durchsuchen | rechercher sur le site | \
         zurück zur übersicht | zurück zur startseite | back to overview | back to home | \
         retour à l'accueil | retour à l’accueil | volver al inicio | schon registriert? hier einloggen | retour en haut | fermer | rechercher | \
         volver arriba | buscar | cerrar | torna su | cerca | chiudi | voltar ao topo | \
         pesquisar | fechar | naar boven | zoeken | sluiten | weiter | zurück | vorheriges | \
         nächstes | vorherige seite | nächste seite | explore further | empfohlen für dich | \
         für dich empfohlen | jetzt registrieren | kostenlos registrieren | inhalt | \
         infórmate más | informate más",
    ),
    (
        "comment-section prompt",
        "leave a comment | leave a reply | add a comment | post a comment | \
         write a comment | comments | recent comments | show comments | view comments | \
         no comments | schreibe einen kommentar | schreib einen kommentar | \
         einen kommentar schreiben | kommentar schreiben | kommentar hinterlassen | \
         kommentar verfassen | kommentar hinzufügen | kommentare | neueste kommentare | \
         die neuesten kommentare | keine kommentare | laisser un commentaire | \
         ajouter un commentaire | commentaires | deja tu comentario | dejá tu comentario | \
         deja un comentario | comentarios | lascia un commento | commenti | \
         deixe um comentário | deixe seu comentário | comentários | \
         laat een reactie achter | reacties",
    ),
    (
        "page-header label",
        "posted on | published on | last updated | updated | published | veröffentlicht am | \
         aktualisiert am | publié le | mis à jour le | publicado el | actualizado el | \
         accept all | reject all | accept all cookies | accept cookies | allow all cookies | \
         cookie settings | cookie policy | cookie preferences | manage cookies | \
         alle akzeptieren | alle cookies akzeptieren | cookie-einstellungen | \
         tout accepter | accepter tous les cookies | aceptar todas | \
         aceptar todas las cookies | aceptar cookies | accetta tutti | \
         accetta tutti i cookie | aceitar todos | aceitar cookies | alles accepteren | \
         alle cookies accepteren | cookies accepteren | privacy settings | manage privacy settings | \
         datenschutzeinstellungen | datenschutzeinstellungen verwalten | \
         datenschutz-einstellungen | paramètres de confidentialité | configuración de privacidad | \
         impostazioni privacy | privacy-instellingen",
    ),
];

/// Names on share bars (space-separated); a line made only of them is a share bar.
pub(super) const SHARE_TOKENS: &str =
    "facebook twitter x linkedin whatsapp email e-mail mail pinterest reddit telegram print \
    share tumblr xing flipboard messenger instagram youtube tiktok threads bluesky mastodon \
    copy link sms pocket vk tweet teilen drucken partager imprimer compartir imprimir \
    condividi stampa delen compartilhar google+ rss url";

/// Small words allowed in lower case inside a Title Case label.
pub(super) const LABEL_CONNECTORS: &[&str] = &[
    "&", "and", "of", "the", "und", "et", "y", "e", "di", "de", "van",
];
