package org.councilprotocol.text;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.mail.RFC822Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.TNEFParser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pkg.CompressorParser;
import org.apache.tika.parser.pkg.PackageParser;
import org.apache.tika.parser.csv.TextAndCSVParser;
import org.apache.tika.parser.wordperfect.WordPerfectParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.apache.tika.sax.WriteOutContentHandler;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * One document's words through Apache Tika: PDF, Word (DOC, DOCX), RTF, OpenDocument, WordPerfect, Outlook
 * (MSG, winmail.dat), mail (EML), and archives (zip, gzip and the like) with the documents inside them.
 * Runs on a pool thread (see {@link ExtractionPool}); never throws: every failure becomes an {@link Unreadable}.
 */
final class DocumentText {
    /**
     * The formats letters come in, named one by one rather than every parser Tika finds on the class path: no
     * OCR, no images, no databases, and nothing that needs a library left out of the plugin.
     * Parsers are thread-safe; one instance serves every thread.
     */
    private static final AutoDetectParser PARSER = new AutoDetectParser(new DefaultDetector(DocumentText.class.getClassLoader()),
        new PDFParser(), new OfficeParser(), new OOXMLParser(), new RTFParser(), new TNEFParser(),
        new OpenDocumentParser(), new WordPerfectParser(), new RFC822Parser(), new PackageParser(), new CompressorParser(),
        new JSoupParser(), new TextAndCSVParser());
    /**
     * Word files streamed through Tika's SAX reader rather than built into POI's document model first: the same
     * words (headers, footers and tables included) in about a third of the time.
     */
    private static final OfficeParserConfig OFFICE = office();
    private static final String NO_PARSER = "org.apache.tika.parser.EmptyParser";

    private DocumentText() {
    }

    private static OfficeParserConfig office() {
        OfficeParserConfig config = new OfficeParserConfig();
        config.setUseSAXDocxExtractor(true);
        return config;
    }

    /**
     * @param budget how many characters of text may still be kept for this message
     */
    static AttachmentText read(byte[] bytes, String name, String declaredType, int budget, Watch watch) {
        Optional<String> bomb = ArchiveCheck.bomb(bytes);
        if (bomb.isPresent()) {
            return AttachmentText.unreadable(name, declaredType, "", new Unreadable(Unreadable.Reason.ARCHIVE_BOMB, bomb.get()));
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        if (!declaredType.equals("application/octet-stream")) {
            metadata.set(Metadata.CONTENT_TYPE, declaredType);
        }
        ParseContext context = new ParseContext();
        Watched parser = new Watched(watch);
        context.set(Parser.class, parser);
        context.set(OfficeParserConfig.class, OFFICE);
        StringWriter text = new StringWriter();
        ContentHandler handler = new BodyContentHandler(new Checked(new WriteOutContentHandler(text, budget), watch));
        try (TikaInputStream in = TikaInputStream.get(watch.watched(new ByteArrayInputStream(bytes)))) {
            parser.parse(in, handler, metadata, context);
        } catch (StackOverflowError | Exception e) {
            return failed(e, name, type(metadata, declaredType), Texts.tidy(text.toString()), watch);
        }
        String type = type(metadata, declaredType);
        String words = Texts.tidy(text.toString());
        Set<String> parsedBy = Set.of(metadata.getValues(TikaCoreProperties.TIKA_PARSED_BY));
        boolean understood = parsedBy.stream().anyMatch(parserName -> !parserName.equals(NO_PARSER)
            && !parserName.equals(AutoDetectParser.class.getName()));
        if (!understood) {
            return Texts.isMedia(type) ? AttachmentText.read(name, type, "")
                : AttachmentText.unreadable(name, type, "", new Unreadable(Unreadable.Reason.UNSUPPORTED_TYPE,
                    "it is a kind of file the gateway cannot read (" + type + ")"));
        }
        if (watch.inside() != null) {
            return AttachmentText.unreadable(name, type, words, watch.inside());
        }
        if (words.isBlank() && !Texts.isMedia(type)) {
            return AttachmentText.unreadable(name, type, "", Unreadable.of(Unreadable.Reason.NO_TEXT));
        }
        return AttachmentText.read(name, type, words);
    }

    private static AttachmentText failed(Throwable e, String name, String type, String partial, Watch watch) {
        Unreadable why;
        if (watch.fatal() != null) {
            why = watch.fatal();
        } else if (WriteLimitReachedException.isWriteLimitReached(e)) {
            why = Unreadable.of(Unreadable.Reason.TEXT_LIMIT);
        } else if (causedBy(e, EncryptedDocumentException.class)) {
            why = Unreadable.of(Unreadable.Reason.ENCRYPTED);
        } else if (tikaBomb(e).isPresent()) {
            why = tikaBomb(e).get();
        } else if (e instanceof ZeroByteFileException) {
            // An empty file hides nothing.
            return AttachmentText.read(name, type, "");
        } else {
            why = Unreadable.of(Unreadable.Reason.CORRUPT);
        }
        boolean keepText = why.reason() == Unreadable.Reason.TEXT_LIMIT;
        return AttachmentText.unreadable(name, type, keepText ? partial : "", why);
    }

    private static String type(Metadata metadata, String declared) {
        String detected = metadata.get(Metadata.CONTENT_TYPE);
        if (detected == null) {
            return declared;
        }
        MediaType type = MediaType.parse(detected);
        return type == null ? declared : type.getBaseType().toString().toLowerCase(Locale.ROOT);
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> kind) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (kind.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tika's own guard (its SecureContentHandler) against archives within archives and text that expands far
     * beyond its file: archives nested too deeply are told apart from the rest, which are bombs.
     */
    private static Optional<Unreadable> tikaBomb(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage() == null ? "" : cause.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("package entry nesting")) {
                return Optional.of(new Unreadable(Unreadable.Reason.NESTED_TOO_DEEP,
                    "it holds archives nested too deeply inside each other to be opened"));
            }
            if (message.contains("zip bomb")) {
                return Optional.of(Unreadable.of(Unreadable.Reason.ARCHIVE_BOMB));
            }
        }
        return Optional.empty();
    }

    /**
     * Every document Tika opens, the attachment itself and each one inside it, passes through here: it counts
     * how deep it is, checks archives inside before they are inflated, and bounds what they may expand to.
     */
    private static final class Watched implements Parser {
        private static final long serialVersionUID = 1L;
        private final transient Watch watch;

        Watched(Watch watch) {
            this.watch = watch;
        }

        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return PARSER.getSupportedTypes(context);
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context)
                throws IOException, SAXException, TikaException {
            watch.check();
            int depth = watch.enter();
            String inside = Optional.ofNullable(metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY))
                .map(Texts::fileName).orElse("an embedded document");
            try {
                InputStream in = stream;
                if (depth > 1) {
                    if (watch.tooDeep(depth)) {
                        watch.note(new Unreadable(Unreadable.Reason.NESTED_TOO_DEEP,
                            "a file inside it, " + inside + ", is nested too deeply to be opened"));
                        return;
                    }
                    in = embedded(stream, inside);
                }
                PARSER.parse(in, handler, metadata, context);
            } catch (EncryptedDocumentException e) {
                if (depth > 1) {
                    watch.note(new Unreadable(Unreadable.Reason.ENCRYPTED,
                        "a file inside it, " + inside + ", is encrypted or protected with a password"));
                }
                throw e;
            } catch (TikaException e) {
                // Tika's readers of archives and documents drop a document inside that fails: its guard's verdicts
                // are kept here. Nesting skips the one document; a bomb stops the attachment.
                Optional<Unreadable> bomb = depth > 1 ? tikaBomb(e) : Optional.empty();
                if (bomb.isPresent() && bomb.get().reason() == Unreadable.Reason.NESTED_TOO_DEEP) {
                    watch.note(bomb.get());
                } else if (bomb.isPresent()) {
                    throw watch.stop(bomb.get());
                }
                throw e;
            } finally {
                watch.leave();
            }
        }

        /** A document inside: an Office container is passed on as it is; anything else is bounded and checked. */
        private InputStream embedded(InputStream stream, String inside) throws IOException, SAXException {
            if (stream instanceof TikaInputStream tika && tika.getOpenContainer() != null) {
                return stream;
            }
            return checkedArchive(watch.bounded(stream, inside), inside);
        }

        /** A zip inside is read whole (bounded by the byte limit) and its directory checked before it is inflated. */
        private InputStream checkedArchive(InputStream stream, String inside) throws IOException, SAXException {
            InputStream in = stream.markSupported() ? stream : new BufferedInputStream(stream);
            in.mark(4);
            byte[] head = in.readNBytes(4);
            in.reset();
            if (!ArchiveCheck.isZip(head)) {
                return in;
            }
            byte[] zip = in.readAllBytes();
            Optional<String> bomb = ArchiveCheck.bomb(zip);
            if (bomb.isPresent()) {
                throw watch.stop(new Unreadable(Unreadable.Reason.ARCHIVE_BOMB, "a file inside it, " + inside + ": " + bomb.get()));
            }
            return TikaInputStream.get(zip);
        }
    }

    /** Checks the deadline as text is written, so a parser producing text stops soon after it. */
    private static final class Checked extends ContentHandlerDecorator {
        private final Watch watch;

        Checked(ContentHandler handler, Watch watch) {
            super(handler);
            this.watch = watch;
        }

        @Override
        public void startElement(String uri, String localName, String name, Attributes attributes) throws SAXException {
            watch.check();
            super.startElement(uri, localName, name, attributes);
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            watch.check();
            super.characters(ch, start, length);
        }
    }
}
