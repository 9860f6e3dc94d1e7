package shop.dozo.testsupport.hostile;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Gives the hostile-input suite an app and test resources of its own (a profile of its own makes Quarkus restart
 * both): its thousands of refused sign-ins, posts and odd rows must not throttle or surprise the other test classes.
 */
public class OwnAppProfile implements QuarkusTestProfile {
}
