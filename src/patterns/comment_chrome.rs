//! comment-policy's chrome pattern (see `CHROME` in `src/filters/comment_policy.rs`).

/// A whole line of comment-section chrome (matched against the trimmed core of the line).
pub const CHROME_PATTERN: &str = r"(?xi)^(?:
        # ---- English: calls to action
          (?:want\ to\ |click\ to\ |tap\ to\ )?(?:join|start|continue|enter)\ (?:the|this|our)\ (?:discussion|conversation|debate)
        | (?:leave|post|add|write|submit|make)\ (?:a\ |an\ |your\ |new\ |us\ a\ )?(?:comment|reply|response)s?
          (?:\ below|\ here|\ on\ this\ (?:article|story|post))?(?:\ cancel\ reply)?
        | comment\ on\ this\ (?:article|story|post)
        | be\ the\ first\ to\ (?:comment|reply|respond)(?:\ on\ this\ (?:article|story|post))?
        | share\ your\ (?:thoughts|views|opinion)\ in\ the\ comments(?:\ below)?
        | (?:show|view|hide|load|see|read|open|close|display|toggle)\ (?:all\ |the\ |more\ |\d+\ )?(?:comments?|replies|discussion|the\ discussion\ thread)
        | loading\ (?:facebook\ )?comments
        | cancel\ reply
        | (?:your\ )?comment\ ?(?:\*|\(required\))?
        | please\ enter\ your\ comment
        | enter\ your\ comment\ here
        # ---- English: state, sign-in, fine print
        | (?:the\ )?comments?\ (?:are|is)\ (?:now\ |currently\ )?(?:closed|disabled|turned\ off)(?:\ for\ this\ (?:article|story|post))?
        | comments?\ (?:has|have)\ been\ (?:closed|disabled)
        | commenting\ (?:is|has\ been)\ (?:closed|disabled)(?:\ for\ this\ (?:article|story|post))?
        | (?:there\ are\ )?no\ comments(?:\ yet|\ so\ far)?
        | there\ are\ \d+\ comments.*
        | (?:log\ ?in|sign\ ?in|register|subscribe)\ to\ (?:comment|reply|post\ a\ comment|leave\ a\ comment|join\ the\ (?:discussion|conversation))
        | you\ must\ (?:be\ )?(?:logged\ in|signed\ in|log\ in|sign\ in|a\ registered\ user)\ to\ (?:post|leave|add|write)\ a\ comment.*
        | please\ (?:log\ in|sign\ in|register)(?:\ here)?(?:\ or\ (?:log\ in|register))?(?:\ using\ one\ of\ these\ methods)?\ to\ (?:post|leave|add)\ (?:a\ |your\ )?comment
        | share\ or\ comment\ on\ this\ (?:article|story|post)
        | if\ you\ would\ like\ to\ (?:add|post|leave)\ a\ comment,?\ please\ (?:register|log\ in|sign\ in).*
        | to\ post\ this\ comment\ you\ must
        | save\ my\ name,\ email,?\ and\ website\ in\ this\ browser\ for\ the\ next\ time\ i\ comment
        | this\ site\ uses\ akismet\ to\ reduce\ spam.*
        | please\ enable\ javascript\ to\ view\ the\ comments.*
        | comments\ powered\ by\ disqus
        | (?:please\ note\ )?comment\ moderation\ is\ enabled.*
        # ---- English: headings and counters
        | comments?
        | (?:recent|latest|newest|top|popular|last)\ comments
        | most\ (?:commented|discussed)(?:\ articles|\ stories)?
        | (?:reader|readers|user|visitor)\ comments
        | (?:comment|commenting)\ (?:policy|rules|guidelines)
        | community\ guidelines
        | (?:\d+|one|zero)\ (?:comments?|comment\(s\)|replies|responses)
        | comments?\ ?\((?:\d+|\+)\)
        | comments?:\ ?\d+
        # ---- German
        | (?:schreibe|schreib|schreiben\ sie|hinterlasse|hinterlassen\ sie|verfasse|verfassen\ sie)\ (?:jetzt\ |doch\ )?(?:einen|deinen|ihren|den\ ersten)\ kommentar
        | (?:einen\ |neuen\ )?kommentar\ (?:schreiben|verfassen|hinzufügen|hinterlassen|absenden|posten|erstellen|abgeben)
        | (?:neuer|dein|deinen|ihr|ihren|einen)\ kommentar\ ?\*?
        | (?:ihr|dein)\ kommentar\ zu\ diesem\ (?:artikel|beitrag)
        | gib\ hier\ deinen\ kommentar\ ein
        | ihren\ kommentar\ hier\ eingeben
        | bitte\ geben\ sie\ ihren\ kommentar\ ein
        | (?:alle\ |weitere\ )?kommentare?\ (?:anzeigen|ausblenden|einblenden|laden|lesen)(?:\ -\ bitte\ hier\ klicken)?
        | zu\ den\ kommentaren
        | kommentare?\ (?:sind|ist)\ (?:geschlossen|deaktiviert)
        | kommentare\ (?:geschlossen|deaktiviert)
        | die\ kommentarfunktion\ ist\ (?:geschlossen|deaktiviert|abgeschaltet)
        | leider\ sind\ keine\ kommentare\ möglich
        | (?:keine|noch\ keine|bisher\ keine|bisher\ noch\ keine)\ kommentare(?:\ vorhanden)?
        | bisher\ noch\ kein\ kommentar
        | derzeit\ sind\ keine\ kommentare\ vorhanden
        | (?:schreiben\ sie|schreib|schreibe)\ den\ ersten\ kommentar
        | (?:jetzt\ )?(?:diskutieren\ sie\ mit|diskutiere\ mit|mitdiskutieren)(?:\ uns)?
        | deine\ meinung\?\ diskutiere\ mit(?:\ uns)?
        | (?:neueste|letzte|aktuelle|neue|die\ neuesten)\ kommentare
        | meist-?(?:diskutiert|kommentiert)(?:e\ artikel)?
        | leserkommentare
        | kommentare\ aus\ der\ community
        | du\ musst\ angemeldet\ sein,?\ um\ einen\ kommentar\ abzugeben
        | kommentare\ werden\ geladen.*
        | benachrichtige\ mich\ über\ (?:nachfolgende|neue)\ kommentare.*
        | (?:e-mail-)?benachrichtigung\ bei\ (?:weiteren|neuen)\ kommentaren.*
        | diese\ website\ verwendet\ akismet.*
        | diesen\ kommentar\ (?:auf\ \w+\ )?teilen\??
        | kommentar-?regeln
        | (?:jetzt\ )?kommentieren(?:\ sie\ hier|\ sie\ jetzt|\ sie\ mit)?
        | (?:neuester|letzter)\ kommentar
        | zuletzt\ kommentiert
        | (?:ältere|neuere)\ kommentare
        | keine\ kommentare\ /\ trackbacks
        | das\ kommentieren\ (?:dieses|des)\ (?:artikels|beitrags)\ (?:ist|wurde)\ (?:deaktiviert|geschlossen)
        | kommentare?
        | (?:\d+|ein|keine)\ kommentare?
        | kommentare?\ ?\(\d+\)
        | kommentare?:?\ \d+
        # ---- French
        | (?:laisser|laissez|ajouter|écrire|écrivez|rédiger|poster|publier)\ (?:un|votre)\ commentaire
        | réagir(?:\ à\ cet\ article)?
        | commentaires?
        | tous\ les\ commentaires
        | (?:voir|afficher|lire)\ (?:les\ |tous\ les\ )?(?:\d+\ )?commentaires
        | les\ commentaires\ sont\ (?:fermés|clos|désactivés)
        | soyez\ le\ premier\ à\ (?:commenter|réagir)
        | vous\ devez\ être\ connecté(?:e|\(e\))?\ pour\ (?:publier|poster|laisser|écrire)\ un\ commentaire
        | charte\ de\ modération
        | (?:aucun|pas\ de)\ commentaire(?:\ pour\ le\ moment)?
        | (?:participer|participez|rejoignez|rejoindre)\ (?:à\ )?la\ (?:discussion|conversation)
        | (?:\d+|un|aucun)\ commentaires?
        | commentaires?\ ?\(\d+\)
        # ---- Spanish, Portuguese, Italian, Dutch, Polish
        | (?:deja|dejá|deje|dejar|escribe|escribir|añadir|agregar|publicar|enviar)\ (?:un|tu|su)\ comentario
        | (?:deixe|deixar|escreva)\ (?:um|seu|o\ seu)\ comentário
        | comentarios?|comentários?
        | ver\ (?:los\ |todos\ los\ )?(?:\d+\ )?comentarios
        | los\ comentarios\ están\ cerrados
        | sé\ el\ primero\ en\ comentar
        | (?:debes|debe)\ (?:iniciar\ sesión|estar\ registrado|registrarte)\ para\ (?:comentar|publicar\ un\ comentario)
        | (?:inicia|iniciar)\ sesión\ para\ comentar
        | comenta
        | los\ comentarios\ (?:en\ esta\ sección\ )?son\ exclusivos\ para\ (?:suscriptores|socios|registrados).*
        | normas\ de\ participación
        | no\ hay\ comentarios(?:\ todavía|\ aún)?
        | únete\ a\ la\ (?:conversación|discusión)
        | (?:\d+|un)\ (?:comentarios?|comentários?)
        | comentarios?\ ?\(\d+\)
        | (?:lascia|aggiungi|scrivi)\ un\ commento
        | commenti
        | \d+\ commenti
        | (?:laat|plaats)\ een\ reactie(?:\ achter)?
        | reacties
        | \d+\ reacties
        | dodaj\ komentarz
        | komentarze
        | \d+\ komentarz\w*
        | komentarze\ ?\(\d+\)
        | komentarze:?\ \d+
        | (?:komentarze\ )?liczba\ komentarzy:?\ \d+
        | (?:treść|autor)\ komentarza
        | (?:musisz\ (?:być\ )?zalogowa\w*|zaloguj\ się),?\ (?:aby|by|żeby)\ (?:dodać\ komentarz|skomentować|komentować).*
        | (?:faça\ login|entre)\ para\ comentar
        | (?:accedi|registrati)\ per\ commentare
        | log\ in\ om\ te\ reageren
        )$";
