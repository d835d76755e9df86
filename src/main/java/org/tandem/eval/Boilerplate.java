package org.tandem.eval;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generic web boilerplate lines (share buttons, copyright lines, cookie notices, advertisement
 * labels) in the target language, filled in from templates. Made up here rather than taken from
 * any page, so no benchmark document's own text can leak into another one. Languages without
 * templates get English ones, which is what many sites serve anyway.
 */
public final class Boilerplate {
    private static final List<String> SITES = List.of("Newsroom Media", "Daily Digest", "Metro Courier",
            "World Report", "Citizen Post", "Channel 9 Online");
    private static final List<String> NETWORKS = List.of("Facebook", "Instagram", "X", "LinkedIn", "YouTube",
            "TikTok");

    private static final Map<String, List<String>> TEMPLATES = Map.of(
            "en", List.of("Share this article", "Read more: latest {topic} news", "© {year} {site}. All rights reserved.",
                    "Follow us on {network}", "Advertisement",
                    "We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies.",
                    "Sign up for our newsletter", "Related articles", "Click here to subscribe",
                    "Comments ({n})", "Photo: {site}", "Accept all cookies", "Skip to main content"),
            "nl", List.of("Deel dit artikel", "Lees ook: het laatste nieuws over {topic}",
                    "© {year} {site}. Alle rechten voorbehouden.", "Volg ons op {network}", "Advertentie",
                    "Wij gebruiken cookies om uw ervaring te verbeteren. Door verder te surfen gaat u akkoord met ons cookiebeleid.",
                    "Schrijf je in voor onze nieuwsbrief", "Gerelateerde artikelen", "Klik hier om je te abonneren",
                    "Reacties ({n})", "Foto: {site}", "Alle cookies accepteren", "Ga naar de inhoud"),
            "de", List.of("Artikel teilen", "Lesen Sie auch: Neues zum Thema {topic}",
                    "© {year} {site}. Alle Rechte vorbehalten.", "Folgen Sie uns auf {network}", "Anzeige",
                    "Wir verwenden Cookies, um Ihnen das beste Erlebnis zu bieten. Wenn Sie weitersurfen, stimmen Sie der Verwendung zu.",
                    "Newsletter abonnieren", "Weitere Artikel", "Hier klicken und abonnieren",
                    "Kommentare ({n})", "Foto: {site}", "Alle Cookies akzeptieren", "Zum Inhalt springen"),
            "fr", List.of("Partager cet article", "Lire aussi : toute l'actualité {topic}",
                    "© {year} {site}. Tous droits réservés.", "Suivez-nous sur {network}", "Publicité",
                    "Nous utilisons des cookies pour améliorer votre expérience. En poursuivant votre navigation, vous acceptez leur utilisation.",
                    "Inscrivez-vous à notre newsletter", "Articles similaires", "Cliquez ici pour vous abonner",
                    "Commentaires ({n})", "Photo : {site}", "Accepter tous les cookies", "Aller au contenu"));

    private static final Map<String, List<String>> TOPICS = Map.of(
            "en", List.of("sport", "business", "science", "politics", "culture"),
            "nl", List.of("sport", "economie", "wetenschap", "politiek", "cultuur"),
            "de", List.of("Sport", "Wirtschaft", "Wissenschaft", "Politik", "Kultur"),
            "fr", List.of("sportive", "économique", "scientifique", "politique", "culturelle"));

    private final List<String> templates;
    private final List<String> topics;

    public Boilerplate(String language) {
        String key = TEMPLATES.containsKey(language) ? language : "en";
        this.templates = TEMPLATES.get(key);
        this.topics = TOPICS.get(key);
    }

    public String line(Random random) {
        return pick(templates, random)
                .replace("{topic}", pick(topics, random))
                .replace("{site}", pick(SITES, random))
                .replace("{network}", pick(NETWORKS, random))
                .replace("{year}", Integer.toString(2015 + random.nextInt(11)))
                .replace("{n}", Integer.toString(1 + random.nextInt(250)));
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
