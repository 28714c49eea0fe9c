/**
 * People and their personal data: identifiers, and name, telephone and identity card number types
 * that mask themselves in {@code toString()} so that logs never carry personal data in full.
 */
package org.gridgov.core.people;
