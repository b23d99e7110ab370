package org.entente.notifier.contact;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The institutions' contact addresses, read from the operator's file: one line per address,
 * {@code institution-id,address[,language]}, the language {@code fr} (the default) or {@code en}; blank lines and
 * lines starting with {@code #} are skipped. A line that is not one of these stops the start, naming it: a
 * misspelt address would otherwise go unnoticed until somebody missed a deadline.
 */
public final class Contacts {

    public static final Contacts NONE = new Contacts(Map.of());

    private static final Set<String> LANGUAGES = Set.of("fr", "en");

    private final Map<String, List<Contact>> byInstitution;

    private Contacts(Map<String, List<Contact>> byInstitution) {
        this.byInstitution = byInstitution;
    }

    /** The addresses of this institution; none when the file names none. */
    public List<Contact> of(String institutionId) {
        return byInstitution.getOrDefault(institutionId, List.of());
    }

    /** How many institutions have an address. */
    public int institutions() {
        return byInstitution.size();
    }

    public static Contacts read(Path file) {
        try {
            return parse(file.toString(), Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException("The contacts file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    static Contacts parse(String source, List<String> lines) {
        Map<String, List<Contact>> byInstitution = new LinkedHashMap<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split(",", -1);
            if (fields.length < 2 || fields.length > 3 || fields[0].isBlank()) {
                throw invalid(source, number, "expected institution-id,address[,language], found \"" + line + "\"");
            }
            Contact contact = new Contact(address(source, number, fields[1].strip()),
                    language(source, number, fields.length == 3 ? fields[2].strip() : "fr"));
            byInstitution.computeIfAbsent(fields[0].strip(), institution -> new ArrayList<>()).add(contact);
        }
        byInstitution.replaceAll((institution, contacts) -> List.copyOf(contacts));
        return new Contacts(Map.copyOf(byInstitution));
    }

    private static String address(String source, int number, String address) {
        try {
            new InternetAddress(address, true).validate();
            return address;
        } catch (AddressException e) {
            throw invalid(source, number, "\"" + address + "\" is not an e-mail address");
        }
    }

    private static Locale language(String source, int number, String language) {
        if (!LANGUAGES.contains(language)) {
            throw invalid(source, number, "the language is fr or en, not \"" + language + "\"");
        }
        return Locale.forLanguageTag(language);
    }

    private static IllegalArgumentException invalid(String source, int number, String why) {
        return new IllegalArgumentException("Contacts file " + source + ", line " + number + ": " + why);
    }
}
