//! page-chrome's section names (see `KNOWN_SECTION` in `src/filters/page_chrome/section_labels.rs`).

/// Names of newspaper sections, as the whole line.
pub const KNOWN_SECTION_PATTERN: &str = r"(?xi)^(?:
          (?:world|us|u\.s\.|uk|national|international|local|breaking|latest|top|business|tech|science|health|sports?)\ news
        | news | world | politics | business | economy | finance | markets | money | tech | technology
        | science | health | sport | sports | opinion | opinions | analysis | culture | arts | entertainment
        | lifestyle | life | travel | food | style | fashion | environment | climate | education | weather
        | local | national | international | nation | us | u\.s\. | uk | europe | asia | africa | americas
        | middle\ east | latin\ america | asia\ pacific | world\ politics | us\ politics | uk\ politics
        | nachrichten | politik | wirtschaft | finanzen | kultur | panorama | meinung | wissen | ausland
        | inland | regional | digital | gesellschaft | feuilleton
        | actualités | actualites | politique | économie | economie | monde | société | societe | international
        | opinions | sciences | santé
        | noticias | política | politica | economía | deportes | cultura | internacional | opinión | sociedad
        | mundo | nacional | salud | tecnología | ciencia
        | cronaca | esteri | spettacoli | attualità | scienza | salute
        | notícias | economia | esportes | desporto | opinião | tecnologia | ciência
        | nieuws | politiek | economie | binnenland | buitenland | cultuur | wetenschap
        )$";
