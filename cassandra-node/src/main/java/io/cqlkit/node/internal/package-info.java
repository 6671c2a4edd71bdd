/** Code that runs inside the node's JVM; not API. */
package io.cqlkit.node.internal;
