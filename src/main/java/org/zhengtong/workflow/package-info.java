/**
 * The Flowable bridge (architecture principle 1): every approval in the product runs as a BPMN process whose business key
 * is {@code <module>:<id>}. This package is the API other modules use: start a process, list a user's to-do, act
 * on a task (send on, return, transfer, add a signer, withdraw, urge), read the history; delegation (代办) and
 * urging (督办) apply to all processes alike.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow")
package org.zhengtong.workflow;
