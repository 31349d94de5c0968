package org.compactregister.form;

/**
 * The office's own words on the form: its Compact text (the principles organisations sign up to)
 * and where the form goes back to. Both are settings the office edits in the app.
 */
public record FormWording(String compactText, String returnAddress) {

    public static final String COMPACT_TEXT_SETTING = "forms.compact.text";
    public static final String RETURN_ADDRESS_SETTING = "forms.return.address";

    /** Fictional wording, for the office to replace with its own. */
    public static final String DEFAULT_COMPACT_TEXT = String.join("\n",
            "The Millbrook Compact is an agreement between the public bodies of Millbrook and the voluntary and "
                    + "community organisations that serve its people. By signing, your organisation commits to:",
            "1. Work in partnership, sharing information openly and early.",
            "2. Respect one another's independence, including the right to campaign.",
            "3. Consult fairly, allowing at least twelve weeks for a response where possible.",
            "4. Fund fairly, with clear terms, paid on time.",
            "5. Promote equality, so that every community in Millbrook is heard.",
            "(This is sample wording: replace it with your own Compact under Forms > Compact text and return address.)");
    public static final String DEFAULT_RETURN_ADDRESS = String.join("\n",
            "The Compact Office, Millbrook Council", "1 Example Square", "Millbrook", "MB1 1AA");

    public FormWording {
        compactText = compactText == null ? "" : compactText.strip();
        returnAddress = returnAddress == null ? "" : returnAddress.strip();
    }
}
