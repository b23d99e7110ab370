package org.entente.events;

import java.util.Map;

/** Upcasters for the tests of the chain and of the services reading through it: the contract has none yet. */
public final class TestSteps {

    private TestSteps() {
    }

    /** The step of {@code event} from {@code revision} that renames one field. */
    public static EventUpcaster renaming(String event, int revision, String from, String to) {
        return new EventUpcaster() {
            @Override
            public String eventName() {
                return event;
            }

            @Override
            public int fromRevision() {
                return revision;
            }

            @Override
            public Map<String, Object> upcast(Map<String, Object> data) {
                data.put(to, data.remove(from));
                return data;
            }
        };
    }
}
