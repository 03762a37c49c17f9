package dev.crisiswatch.text.sentiment;

/**
 * VADER-style sentiment over one lexicon: tokenise, look terms up, apply the rules. Immutable and
 * thread-safe; each thread reuses its own token buffer.
 */
public final class VaderSentiment {
    private final Tokenizer tokenizer;
    private final TermResolver resolver;
    private final ValenceRules rules;
    private final ThreadLocal<TokenBuffer> buffers = ThreadLocal.withInitial(TokenBuffer::new);

    public VaderSentiment(SentimentLexicon lexicon) {
        this.tokenizer = new Tokenizer(lexicon.terms, lexicon.complaintDomain);
        this.resolver = new TermResolver(lexicon);
        this.rules = new ValenceRules(lexicon.complaintDomain);
    }

    /** The compound score in [-1, 1]: below zero negative, above zero positive. */
    public double compound(String text) {
        if (text == null || text.isEmpty()) return 0;
        TokenBuffer buf = buffers.get();
        tokenizer.tokenize(text, buf);
        resolver.resolve(buf);
        return rules.score(buf);
    }
}
