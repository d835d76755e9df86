package org.tandem.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

import picocli.CommandLine;

/** Reads {@code --encoding}; an unknown name is a plain usage error rather than picocli's Java-flavoured one. */
final class EncodingConverter implements CommandLine.ITypeConverter<Charset> {
    @Override
    public Charset convert(String name) {
        try {
            return Charset.forName(name);
        } catch (UnsupportedCharsetException | IllegalCharsetNameException e) {
            throw new CommandLine.TypeConversionException(
                    "'" + name + "' is not an encoding Java knows (try UTF-8, windows-1252 or ISO-8859-1)");
        }
    }
}
