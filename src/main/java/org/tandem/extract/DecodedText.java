package org.tandem.extract;

import java.nio.charset.Charset;

/** Text decoded from bytes, with the charset that was used (the declared one or the detected one). */
record DecodedText(String text, Charset charset) {
}
