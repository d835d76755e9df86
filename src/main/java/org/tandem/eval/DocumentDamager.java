package org.tandem.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tandem.eval.ParallelCorpus.ParallelDocument;

/**
 * Damages a sentence-parallel document the way real translations and web copies are damaged:
 * merged sentences, omissions, boilerplate and stray sentences, and drifting translations. See
 * {@link DamageRates} for how often, and {@link Damage} for the kinds.
 */
public final class DocumentDamager {
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final int MIN_WORDS_TO_CUT = 6;
    private static final int PARAGRAPH_BREAK_ODDS = 3;

    private final DamageRates rates;
    private final DriftRates drift;
    private final Boilerplate boilerplate;
    private final CuelessDrift cueless;

    public DocumentDamager(DamageRates rates, String targetLanguage) {
        this(rates, DriftRates.none(), targetLanguage);
    }

    /** With {@code drift} other than {@link DriftRates#none()}, the drift kinds without a surface cue join the roll. */
    public DocumentDamager(DamageRates rates, DriftRates drift, String targetLanguage) {
        this.rates = rates;
        this.drift = drift;
        this.boilerplate = new Boilerplate(targetLanguage);
        this.cueless = new CuelessDrift(targetLanguage);
    }

    /**
     * @param others documents to borrow stray sentences and clauses from; {@code document} itself is
     *               skipped, and with no other document those damages are not applied
     */
    public DamagedDocument damage(String name, ParallelDocument document, List<ParallelDocument> others,
                                  Random random) {
        List<ParallelDocument> donors = new ArrayList<>(others);
        donors.remove(document);
        DamagedDocumentBuilder out = new DamagedDocumentBuilder(name);
        Context context = drift.isNone() ? null : new Context(document, donors, CuelessDrift.names(donors));
        int next = 0;
        while (next < document.source().size()) {
            if (next > 0) {
                maybeAdd(out, donors, random);
            }
            next = damagePair(out, document, next, donors, context, random);
            // The headline is a paragraph of its own; after that, paragraphs of three beads on average.
            if (out.isFirstParagraph() || random.nextInt(PARAGRAPH_BREAK_ODDS) == 0) {
                out.endParagraph();
            }
        }
        maybeAdd(out, donors, random);
        return out.build();
    }

    private void maybeAdd(DamagedDocumentBuilder out, List<ParallelDocument> donors, Random random) {
        double roll = random.nextDouble();
        if (roll < rates.boilerplate()) {
            out.boilerplate(boilerplate.line(random));
        } else if (roll < rates.boilerplate() + rates.foreignSentence() && !donors.isEmpty()) {
            ParallelDocument donor = donors.get(random.nextInt(donors.size()));
            out.bead(List.of(), List.of(donor.target().get(random.nextInt(donor.target().size()))),
                    Damage.FOREIGN_SENTENCE);
        }
    }

    /** Applies at most one damage at sentence {@code i}; returns the index of the next undone sentence. */
    private int damagePair(DamagedDocumentBuilder out, ParallelDocument document, int i,
                           List<ParallelDocument> donors, Context context, Random random) {
        List<String> source = document.source();
        List<String> target = document.target();
        boolean hasNext = i + 1 < source.size();
        Damage damage = context == null ? pick(random.nextDouble(), NUMBER.matcher(target.get(i)).find())
                : pickWithCueless(random.nextDouble(), source.get(i), target.get(i));
        if (damage == Damage.TARGET_MERGE && hasNext) {
            out.bead(List.of(source.get(i), source.get(i + 1)), List.of(target.get(i) + " " + target.get(i + 1)),
                    damage);
            return i + 2;
        }
        if (damage == Damage.SOURCE_MERGE && hasNext) {
            out.bead(List.of(source.get(i) + " " + source.get(i + 1)), List.of(target.get(i), target.get(i + 1)),
                    damage);
            return i + 2;
        }
        if (damage == Damage.OMISSION) {
            out.bead(List.of(source.get(i)), List.of(), damage);
            return i + 1;
        }
        if (damage == Damage.BLOCK_OMISSION && hasNext) {
            int length = Math.min(2 + random.nextInt(3), source.size() - i);
            out.omittedBlock(source.subList(i, i + length));
            return i + length;
        }
        String damaged = damage == null ? null
                : context != null && damage.compareTo(Damage.CUT_OFF_STOP) >= 0
                ? cuelessTranslation(damage, source.get(i), target.get(i), context, random)
                : damagedTranslation(damage, target.get(i), donors, random);
        if (damaged != null) {
            out.bead(List.of(source.get(i)), List.of(damaged), damage);
        } else {
            out.bead(List.of(source.get(i)), List.of(target.get(i)), null);
        }
        return i + 1;
    }

    /** One roll over the exclusive pair damages; a number can only be changed where there is one. */
    private Damage pick(double roll, boolean targetHasNumber) {
        double[] edges = {rates.targetMerge(), rates.sourceMerge(), rates.omission(), rates.blockOmission(),
                rates.cutOff(), targetHasNumber ? rates.numberChanged() : 0, rates.foreignClause()};
        Damage[] kinds = {Damage.TARGET_MERGE, Damage.SOURCE_MERGE, Damage.OMISSION, Damage.BLOCK_OMISSION,
                Damage.CUT_OFF, Damage.NUMBER_CHANGED, Damage.FOREIGN_CLAUSE};
        double edge = 0;
        for (int k = 0; k < kinds.length; k++) {
            edge += edges[k];
            if (roll < edge) {
                return kinds[k];
            }
        }
        return null;
    }

    /**
     * The roll of {@link #pick} followed by the drift kinds without a surface cue, each counted only
     * where the sentence can take it.
     */
    private Damage pickWithCueless(double roll, String source, String target) {
        boolean hasNumber = NUMBER.matcher(target).find();
        double[] edges = {rates.targetMerge(), rates.sourceMerge(), rates.omission(), rates.blockOmission(),
                rates.cutOff(), hasNumber ? rates.numberChanged() : 0, rates.foreignClause(),
                drift.cutOffStop(), drift.clauseInserted(), drift.clauseAppended(),
                drift.clauseDropped(), CuelessDrift.hasSharedName(source, target) ? drift.nameReplaced() : 0,
                cueless.hasNumberWord(target) ? drift.numberWordChanged() : 0};
        Damage[] kinds = {Damage.TARGET_MERGE, Damage.SOURCE_MERGE, Damage.OMISSION, Damage.BLOCK_OMISSION,
                Damage.CUT_OFF, Damage.NUMBER_CHANGED, Damage.FOREIGN_CLAUSE, Damage.CUT_OFF_STOP,
                Damage.CLAUSE_INSERTED, Damage.CLAUSE_APPENDED, Damage.CLAUSE_DROPPED, Damage.NAME_REPLACED,
                Damage.NUMBER_WORD_CHANGED};
        double edge = 0;
        for (int k = 0; k < kinds.length; k++) {
            edge += edges[k];
            if (roll < edge) {
                return kinds[k];
            }
        }
        return null;
    }

    private String cuelessTranslation(Damage damage, String source, String translation, Context context,
                                      Random random) {
        return switch (damage) {
            case CUT_OFF_STOP -> cueless.cutOffWithStop(translation, random);
            case CLAUSE_INSERTED, CLAUSE_APPENDED -> {
                if (context.donors().isEmpty()) {
                    yield null;
                }
                String clause = cueless.donorClause(context.donors().get(random.nextInt(context.donors().size())),
                        random);
                yield clause == null ? null : damage == Damage.CLAUSE_INSERTED
                        ? cueless.insertClause(translation, clause, random)
                        : CuelessDrift.appendClause(translation, clause);
            }
            case CLAUSE_DROPPED -> CuelessDrift.dropClause(translation, random);
            case NAME_REPLACED -> CuelessDrift.replaceName(source, translation, context.otherNames(),
                    context.text(), random);
            case NUMBER_WORD_CHANGED -> cueless.changeNumberWord(translation, random);
            default -> null;
        };
    }

    /** What the cueless drift needs to know about the document beyond one sentence. */
    private record Context(List<ParallelDocument> donors, List<String> otherNames, String text) {
        Context(ParallelDocument document, List<ParallelDocument> donors, List<String> otherNames) {
            this(donors, otherNames, String.join("\n", document.source()) + "\n" + String.join("\n", document.target()));
        }
    }

    /** The drifted translation, or {@code null} when this sentence cannot take the damage. */
    private static String damagedTranslation(Damage damage, String translation, List<ParallelDocument> donors,
                                             Random random) {
        return switch (damage) {
            case CUT_OFF -> cutOff(translation);
            case NUMBER_CHANGED -> changeNumber(translation, random);
            case FOREIGN_CLAUSE -> donors.isEmpty() ? null
                    : translation + " " + clause(donors.get(random.nextInt(donors.size())), random);
            default -> null;
        };
    }

    private static String cutOff(String translation) {
        String[] words = translation.split(" ");
        if (words.length < MIN_WORDS_TO_CUT) {
            return null;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, (words.length + 1) / 2));
    }

    private static String changeNumber(String translation, Random random) {
        Matcher numbers = NUMBER.matcher(translation);
        List<int[]> spans = new ArrayList<>();
        while (numbers.find()) {
            if (numbers.end() - numbers.start() <= 9) {
                spans.add(new int[] {numbers.start(), numbers.end()});
            }
        }
        if (spans.isEmpty()) {
            return null;
        }
        int[] span = spans.get(random.nextInt(spans.size()));
        long changed = Long.parseLong(translation.substring(span[0], span[1])) + 1 + random.nextInt(9);
        return translation.substring(0, span[0]) + changed + translation.substring(span[1]);
    }

    /**
     * The opening words of a source sentence of another document, up to its first comma when that
     * comes early enough: text in the wrong language that reads like a clause, not a sentence.
     */
    private static String clause(ParallelDocument donor, Random random) {
        String sentence = donor.source().get(random.nextInt(donor.source().size()));
        String[] words = sentence.split(" ");
        int length = Math.min(words.length, 4 + random.nextInt(6));
        for (int k = 2; k < length; k++) {
            if (words[k].endsWith(",")) {
                length = k + 1;
                break;
            }
        }
        String clause = String.join(" ", java.util.Arrays.copyOf(words, length));
        return clause.replaceAll("[\\p{Punct}\\s]+$", "");
    }
}
