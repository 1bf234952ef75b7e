package org.councilprotocol.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.councilprotocol.model.Correspondence;
import org.councilprotocol.model.Finding;
import org.councilprotocol.model.Participant;
import org.councilprotocol.model.Person;
import org.councilprotocol.policy.EnquiryTracker;
import org.councilprotocol.policy.Judgement;
import org.councilprotocol.policy.OutOfOfficeTracker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The check command's output: one JSON object per message, field names as fixed by spec/CHECK.md §1.
 * Fields are added here and only here, so the report grows in one place as the engine learns more.
 *
 * <p>Beyond the spec: {@code subject}, {@code receivedAt} (the time the message was judged as received),
 * and in {@code correspondence}: {@code verified}, {@code claimed}, {@code thread} and {@code recipients}; in
 * {@code enquiry}: {@code reading}; in {@code reply}: {@code status} and {@code due}. {@code enquiry} is present
 * for a member's mail to an officer that was read for an enquiry, {@code reply} for an officer's reply to one.
 * Output is ASCII only (other characters escaped), so it survives any terminal encoding.
 */
public final class JsonReport {
    private final ObjectMapper mapper = JsonMapper.builder()
        .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .build();

    /** The line for a message the engine judged. */
    public ObjectNode judged(String message, Judgement judgement, Instant receivedAt) {
        ObjectNode line = mapper.createObjectNode();
        line.put("message", message);
        line.put("messageId", judgement.messageId());
        line.put("subject", judgement.subject());
        line.put("receivedAt", receivedAt.toString());
        line.put("verdict", judgement.decision().verdict().id());
        line.set("correspondence", correspondence(judgement.correspondence()));
        ArrayNode findings = line.putArray("findings");
        judgement.findings().forEach(finding -> findings.add(finding(finding)));
        // Spec: capacity is one of ward, cabinet, committee, civic, party-political, personal, none.
        line.put("capacity", judgement.capacity().map(reading -> reading.capacity().id()).orElse("none"));
        judgement.capacity().flatMap(reading -> reading.ward()).ifPresent(ward -> line.put("ward", ward));
        judgement.decision().statement().ifPresent(statement -> line.put("statement", statement));
        judgement.enquiry().ifPresent(opened -> line.set("enquiry", enquiry(opened)));
        judgement.reply().ifPresent(reply -> line.set("reply", reply(reply)));
        judgement.outOfOffice().ifPresent(covered -> line.set("outOfOffice", outOfOffice(covered)));
        return line;
    }

    /** Spec: {@code {"autoReply", "alternateInserted", "absent", "alternatesCopied"}}; present when the profile applies {@code ooo-no-alternate}. */
    private ObjectNode outOfOffice(OutOfOfficeTracker.Covered covered) {
        ObjectNode node = mapper.createObjectNode();
        node.put("autoReply", covered.autoReply());
        node.put("alternateInserted", covered.alternateInserted().orElse(null));
        ArrayNode absent = node.putArray("absent");
        covered.absent().forEach(absent::add);
        ArrayNode copied = node.putArray("alternatesCopied");
        covered.alternatesCopied().forEach(copied::add);
        return node;
    }

    /** Spec: {@code {"opens", "reference", "due", "statedDeadline"}}; beyond it, {@code reading} (question, request...). */
    private ObjectNode enquiry(EnquiryTracker.Opened opened) {
        ObjectNode node = mapper.createObjectNode();
        node.put("opens", opened.opens());
        node.put("reference", opened.reference().orElse(null));
        node.put("due", opened.due().map(LocalDate::toString).orElse(null));
        node.put("statedDeadline", opened.statedDeadline().map(LocalDate::toString).orElse(null));
        node.put("reading", opened.reading());
        opened.complaints().ifPresent(clause -> node.put("complaintsProcedure", clause));
        return node;
    }

    /**
     * Spec: {@code {"kind", "enquiry", "newDeadline", "missing"}}; beyond it, the enquiry's {@code status} and
     * {@code due} after the reply, so a run over a whole thread shows it close or move.
     */
    private ObjectNode reply(EnquiryTracker.Replied reply) {
        ObjectNode node = mapper.createObjectNode();
        node.put("kind", reply.kindId());
        node.put("enquiry", reply.enquiry().reference());
        node.put("newDeadline", reply.newDeadline().map(LocalDate::toString).orElse(null));
        ArrayNode missing = node.putArray("missing");
        reply.missing().forEach(element -> missing.add(element.id()));
        node.put("status", reply.enquiry().status().id());
        node.put("due", reply.enquiry().due().toString());
        return node;
    }

    /**
     * The line for a message that could not be read or judged: no verdict (null), no findings, and
     * the reason in {@code error}.
     */
    public ObjectNode error(String message, String error) {
        ObjectNode line = mapper.createObjectNode();
        line.put("message", message);
        line.putNull("messageId");
        line.putNull("verdict");
        line.putArray("findings");
        line.put("error", error);
        return line;
    }

    /** One line of compact JSON, without the line break. */
    public String write(ObjectNode line) {
        try {
            return mapper.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    private ObjectNode correspondence(Correspondence correspondence) {
        ObjectNode node = mapper.createObjectNode();
        node.put("sender", correspondence.senderPerson().map(Person::id).orElse(null));
        node.put("senderKind", correspondence.senderKind().id());
        node.put("kind", correspondence.kind().id());
        node.put("verified", correspondence.senderPerson().isPresent());
        node.put("claimed", correspondence.claimed().map(Person::id).orElse(null));
        node.put("thread", correspondence.thread().threadId());
        ArrayNode recipients = node.putArray("recipients");
        for (Participant recipient : correspondence.recipients()) {
            ObjectNode entry = recipients.addObject();
            entry.put("address", recipient.address());
            entry.put("person", recipient.personId().orElse(null));
            entry.put("visibility", recipient.visibility().name().toLowerCase(Locale.ROOT));
        }
        return node;
    }

    private ObjectNode finding(Finding finding) {
        ObjectNode node = mapper.createObjectNode();
        node.put("rule", finding.rule());
        node.put("action", finding.action().id());
        node.put("clause", finding.clause());
        node.put("summary", finding.summary());
        ArrayNode evidence = node.putArray("evidence");
        finding.evidence().forEach(evidence::add);
        ArrayNode people = node.putArray("people");
        finding.people().forEach(people::add);
        ArrayNode tell = node.putArray("tell");
        finding.tell().forEach(tell::add);
        return node;
    }
}
