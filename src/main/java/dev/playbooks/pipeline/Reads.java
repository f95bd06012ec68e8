package dev.playbooks.pipeline;

import dev.playbooks.model.Playbook;
import dev.playbooks.site.Site;
import dev.playbooks.site.SiteView;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The questions a page's data asked of the site while it was assembled, and the fingerprint of the answers. The
 * questions are noted by a {@link SiteView} that passes them on, whatever they are, so no list of what a page
 * depends on is kept by hand: asking the same questions of the next version of the site and getting answers with
 * the same fingerprint proves the page's data unchanged, without assembling it again.
 */
record Reads(List<Question> questions, Fingerprint answers) {
    /**
     * One question: a method of {@link SiteView} and its arguments. {@code key} is the question as a value, for one
     * that names no playbook (the answers to those are shared by pages); null for one that does (a playbook's
     * record compares deep, and the question is only this page's).
     */
    record Question(Method method, Object[] arguments, List<Object> key) {
        static Question of(Method method, Object[] arguments) {
            for (Object argument : arguments) {
                if (argument instanceof Playbook) {
                    return new Question(method, arguments, null);
                }
            }
            List<Object> key = new ArrayList<>(arguments.length + 1);
            key.add(method);
            key.addAll(Arrays.asList(arguments));
            return new Question(method, arguments, List.copyOf(key));
        }

        boolean namesPlaybook() {
            return key == null;
        }

        /** The question as a value that tells one question from another on one page; playbooks by identity. */
        List<Object> asked() {
            if (key != null) {
                return key;
            }
            List<Object> asked = new ArrayList<>(arguments.length + 1);
            asked.add(method);
            for (Object argument : arguments) {
                asked.add(argument instanceof Playbook ? new Identity(argument) : argument);
            }
            return asked;
        }

        Object askOf(SiteView site) {
            return ask(site, arguments);
        }

        /**
         * The question asked again of another version of the site: a playbook it was about is taken as that site
         * publishes it now (an unchanged file read again is another object of the same content); empty when the
         * site no longer publishes it.
         */
        Optional<Object> askAgainOf(Site site) {
            Object[] now = arguments.clone();
            for (int i = 0; i < now.length; i++) {
                if (now[i] instanceof Playbook playbook) {
                    Optional<Playbook> published = site.published(playbook);
                    if (published.isEmpty()) {
                        return Optional.empty();
                    }
                    now[i] = published.get();
                }
            }
            return Optional.ofNullable(ask(site, now));
        }

        private Object ask(SiteView site, Object[] with) {
            try {
                return method.invoke(site, with);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * The fingerprints of answers for one run. A question that names no playbook (a tag's label, how many playbooks
     * a language has) is asked by many pages alike, so its answer's fingerprint is taken once per run.
     */
    static final class Answers {
        private final PlaybookPrints playbooks;
        private final Map<List<Object>, Fingerprint> shared = new ConcurrentHashMap<>();
        /** Each question that names no playbook once, however many pages ask it: 20,000 pages keep what they asked. */
        private final Map<List<Object>, Question> questions = new ConcurrentHashMap<>();

        Answers(PlaybookPrints playbooks) {
            this.playbooks = playbooks;
        }

        private Question once(Question question) {
            return question.namesPlaybook() ? question : questions.computeIfAbsent(question.key(), key -> question);
        }

        private void add(Fingerprint.Builder answers, Question question, Supplier<Object> answer) {
            if (question.namesPlaybook()) {
                answers.add(answer.get());
            } else {
                answers.add(shared.computeIfAbsent(question.key(),
                        key -> new Fingerprint.Builder(playbooks).add(answer.get()).build()));
            }
        }

        private Fingerprint.Builder builder() {
            return new Fingerprint.Builder(playbooks);
        }
    }

    /** An object that equals only itself, whatever its own equals says. */
    private record Identity(Object object) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Identity identity && identity.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }

    /** A view of the site that notes every question asked of it, and the fingerprint of its answers. */
    static final class Noting implements InvocationHandler {
        private final SiteView site;
        private final Answers known;
        private final List<Question> questions = new ArrayList<>();
        private final Set<List<Object>> asked = new HashSet<>();
        private final Fingerprint.Builder answers;

        Noting(SiteView site, Answers known) {
            this.site = site;
            this.known = known;
            this.answers = known.builder();
        }

        SiteView view() {
            return (SiteView) Proxy.newProxyInstance(SiteView.class.getClassLoader(), new Class<?>[] {SiteView.class},
                    this);
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) {
            if (method.getDeclaringClass() == Object.class) {
                throw new UnsupportedOperationException("a view of the site is asked questions, nothing else");
            }
            Question question = Question.of(method, arguments == null ? new Object[0] : arguments.clone());
            Object answer = question.askOf(site);
            // A question asked twice has the same answer: noting it once is enough to know.
            if (asked.add(question.asked())) {
                questions.add(known.once(question));
                known.add(answers, question, () -> answer);
            }
            return answer;
        }

        Reads reads() {
            return new Reads(List.copyOf(questions), answers.build());
        }
    }

    /** Whether the same questions, asked of {@code site}, get answers with the same fingerprint. */
    boolean sameAnswersFrom(Site site, Answers known) {
        Fingerprint.Builder now = known.builder();
        for (Question question : questions) {
            if (question.namesPlaybook()) {
                Optional<Object> answer = question.askAgainOf(site);
                if (answer.isEmpty()) {
                    return false;
                }
                now.add(answer.get());
            } else {
                known.add(now, question, () -> question.askOf(site));
            }
        }
        return answers.equals(now.build());
    }
}
